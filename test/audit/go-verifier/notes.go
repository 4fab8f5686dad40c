package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

// Opening the packet's signed notes (checkpoints and the seal) with golang.org/x/mod/sumdb/note.

// noteKind names the note in messages: what it is in Korean (bare, and with its subject particle,
// which depends on the last syllable) and in English.
type noteKind struct{ ko, koSubject, en string }

var (
	checkpointNote = noteKind{"체크포인트", "체크포인트가", "the checkpoint"}
	sealNote       = noteKind{"봉인", "봉인이", "the seal"}
)

// openNote is note.Open with the keys the note must be signed by. A signature by any other key is a
// cosignature (a witness's, or a rotated key's): kept in UnverifiedSigs, not checked, not required.
// Two things note.Open lets pass are refused after it, so that a signed note has one spelling and
// every signature of a known key holds, as the JavaScript verifier has it:
//   - a signature's base64 must be canonical (Go's decoder ignores the unused bits);
//   - a repeated signature line of a known key is checked too (note.Open checks only the first).
func openNote(kind noteKind, msg string, verifiers []note.Verifier) (*note.Note, *rejection) {
	opened, err := note.Open([]byte(msg), note.VerifierList(verifiers...))
	var unverified *note.UnverifiedNoteError
	var invalid *note.InvalidSignatureError
	switch {
	case errors.As(err, &unverified):
		signers := make([]string, 0, len(unverified.Note.UnverifiedSigs))
		for _, sig := range unverified.Note.UnverifiedSigs {
			signers = append(signers, keyLabel(sig.Name, sig.Hash))
		}
		list := "없음"
		listEn := "none"
		if len(signers) > 0 {
			list = strings.Join(signers, ", ")
			listEn = list
		}
		expected := make([]string, 0, len(verifiers))
		for _, v := range verifiers {
			expected = append(expected, keyLabel(v.Name(), v.KeyHash()))
		}
		keys := strings.Join(expected, ", ")
		if keys == "" {
			keys = "-"
		}
		return nil, reject(
			fmt.Sprintf("%s에 %s의 유효한 서명이 없습니다 (서명한 키: %s)", kind.ko, keys, list),
			fmt.Sprintf("%s carries no valid signature by %s (signed by: %s)", kind.en, keys, listEn))
	case errors.As(err, &invalid):
		return nil, signatureFails(kind, keyLabel(invalid.Name, invalid.Hash))
	case err != nil:
		return nil, reject(
			fmt.Sprintf("%s 서명된 노트가 아닙니다 (%v)", kind.koSubject, err),
			fmt.Sprintf("%s is not a signed note (%v)", kind.en, err))
	}

	known := map[string]note.Verifier{}
	for _, v := range verifiers {
		known[keyLabel(v.Name(), v.KeyHash())] = v
	}
	// note.Open succeeded, so the text is followed by a blank line and lines "— <name> <base64>".
	block := msg[strings.LastIndex(msg, "\n\n")+2:]
	for _, line := range strings.Split(strings.TrimSuffix(block, "\n"), "\n") {
		name, b64, _ := strings.Cut(strings.TrimPrefix(line, "— "), " ")
		sig, ok := decodeBase64(b64)
		if !ok {
			return nil, reject(
				fmt.Sprintf("%s의 %s 서명이 표준 base64가 아닙니다", kind.ko, name),
				fmt.Sprintf("the signature of %s on %s is not canonical base64", name, kind.en))
		}
		label := keyLabel(name, binary.BigEndian.Uint32(sig[:4]))
		if v, isKnown := known[label]; isKnown && !v.Verify([]byte(opened.Text), sig[4:]) {
			return nil, signatureFails(kind, label)
		}
	}
	return opened, nil
}

func signatureFails(kind noteKind, label string) *rejection {
	return reject(
		fmt.Sprintf("%s의 %s 서명이 맞지 않습니다", kind.ko, label),
		fmt.Sprintf("the signature of %s on %s does not verify", label, kind.en))
}

// cosigners counts the other keys that signed: note.Open keeps one signature per distinct line,
// and a key may sign twice.
func cosigners(n *note.Note) int {
	keys := map[string]bool{}
	for _, sig := range n.UnverifiedSigs {
		keys[keyLabel(sig.Name, sig.Hash)] = true
	}
	return len(keys)
}

// signerLabels names the keys whose signatures note.Open verified.
func signerLabels(sigs []note.Signature) []string {
	labels := make([]string, 0, len(sigs))
	for _, sig := range sigs {
		labels = append(labels, keyLabel(sig.Name, sig.Hash))
	}
	return labels
}
