package main

import (
	"encoding/json"
	"fmt"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// The checks of the evidence spec, in its order: keys and checkpoint (2), events (3), stream chains
// (4) per log, then the seal over all logs (5). The first failure is the verdict.

// logSummary is what an auditor is told about a log once its part of the packet holds.
type logSummary struct {
	origin       string
	size         int64
	root         tlog.Hash
	signers      []string
	cosignatures int
	events       int
	keyLabels    []string
	leafHashes   []tlog.Hash
	indexes      []int64
}

type summary struct {
	subject     string
	generatedAt string
	logs        []logSummary
	sealSigners []string
}

// verifyPacket runs every check; trusted is nil when the auditor gave no --trusted-keys file.
func verifyPacket(p *packet, trusted map[string]bool) (*summary, *rejection) {
	s := &summary{subject: p.subject, generatedAt: p.generatedAt}
	var sealVerifiers []note.Verifier
	for i, log := range p.logs {
		where := inLog(i, log.origin)
		verifiers, labels, r := logVerifiers(log, trusted)
		if r != nil {
			return nil, r.at(where)
		}
		if i == 0 {
			sealVerifiers = verifiers // the issuing service's log comes first and its keys seal
		}
		ls, r := verifyLog(log, verifiers)
		if r != nil {
			return nil, r.at(where)
		}
		ls.keyLabels = labels
		s.logs = append(s.logs, ls)
	}
	opened, r := openNote(sealNote, p.seal, sealVerifiers)
	if r != nil {
		return nil, r.at(inLog(0, p.logs[0].origin))
	}
	if rebuilt := sealText(p.subject, s.logs); opened.Text != rebuilt {
		line, sealed, packet := firstDifference(opened.Text, rebuilt)
		where := inLog(0, p.logs[0].origin)
		if origin := sealedLogAt(rebuilt, line); origin != "" {
			where = origin
		}
		return nil, reject(
			fmt.Sprintf("봉인의 내용이 패킷에서 다시 만든 내용과 다릅니다: %d번째 줄, 봉인 %q, 패킷 %q", line, sealed, packet),
			fmt.Sprintf("the seal's text differs from the text rebuilt from the packet: line %d, sealed %q, packet %q", line, sealed, packet)).
			at(where)
	}
	s.sealSigners = signerLabels(opened.Sigs)
	return s, nil
}

// logVerifiers parses a log's verifier keys (check 2), each one trusted when the auditor named
// the trusted keys. Of keys with one name and id only the first is used, as the JavaScript verifier
// does: note.VerifierList would call a repeated key ambiguous and refuse every note it signed.
func logVerifiers(log evidenceLog, trusted map[string]bool) ([]note.Verifier, []string, *rejection) {
	var verifiers []note.Verifier
	var labels []string
	seen := map[string]bool{}
	for k, text := range log.verifierKeys {
		v, err := parseVerifierKey(text)
		if err != nil {
			return nil, nil, reject(
				fmt.Sprintf("verifierKeys[%d] 값이 Ed25519 검증 키가 아닙니다: %v", k, err),
				fmt.Sprintf("verifierKeys[%d] is not an Ed25519 verifier key: %v", k, err))
		}
		label := keyLabel(v.Name(), v.KeyHash())
		if trusted != nil && !trusted[text] {
			return nil, nil, reject(
				fmt.Sprintf("신뢰하는 키 목록에 없는 키입니다: %s", label),
				fmt.Sprintf("the key %s is not one of the trusted keys", label))
		}
		if !seen[label] {
			seen[label] = true
			verifiers = append(verifiers, v)
			labels = append(labels, label)
		}
	}
	return verifiers, labels, nil
}

// verifyLog checks a log's checkpoint (2), its events (3) and their stream chains (4).
func verifyLog(log evidenceLog, verifiers []note.Verifier) (logSummary, *rejection) {
	var ls logSummary
	opened, r := openNote(checkpointNote, log.checkpoint, verifiers)
	if r != nil {
		return ls, r
	}
	cp, err := parseCheckpoint(opened.Text)
	if err != nil {
		return ls, reject(
			fmt.Sprintf("체크포인트의 내용이 체크포인트 형식이 아닙니다: %v", err),
			fmt.Sprintf("the checkpoint's text is not a checkpoint: %v", err))
	}
	if cp.origin != log.origin {
		return ls, reject(
			fmt.Sprintf("다른 로그(%s)의 체크포인트입니다", cp.origin),
			fmt.Sprintf("foreign checkpoint: it is a checkpoint of %s", cp.origin))
	}
	ls = logSummary{
		origin:       log.origin,
		size:         cp.size,
		root:         cp.root,
		signers:      signerLabels(opened.Sigs),
		cosignatures: cosigners(opened),
		events:       len(log.events),
	}
	records := make([]map[string]json.RawMessage, len(log.events))
	for e, event := range log.events {
		record, leaf, r := verifyEvent(event, cp)
		if r != nil {
			return ls, r
		}
		records[e] = record
		ls.leafHashes = append(ls.leafHashes, leaf)
		ls.indexes = append(ls.indexes, event.index)
	}
	if r := verifyChains(log.events, records); r != nil {
		return ls, r
	}
	return ls, nil
}

// verifyEvent checks one event against the opened checkpoint and returns its record's fields and
// its leaf hash.
func verifyEvent(event evidenceEvent, cp checkpoint) (map[string]json.RawMessage, tlog.Hash, *rejection) {
	i := event.index
	if i >= cp.size {
		return nil, tlog.Hash{}, reject(
			fmt.Sprintf("사건 %d의 색인이 체크포인트의 트리 크기 %d 이상입니다", i, cp.size),
			fmt.Sprintf("the index of event %d is not below the checkpoint's tree size %d", i, cp.size))
	}
	record, ok := objectOf(json.RawMessage(event.record))
	if !ok {
		return nil, tlog.Hash{}, reject(
			fmt.Sprintf("사건 %d의 record 값이 JSON 객체가 아닙니다", i),
			fmt.Sprintf("the record of event %d is not a JSON object", i))
	}
	// Compared as JavaScript numbers: 42.0 is 42, "42" is not.
	if position, ok := numberOf(record["position"]); !ok || position != float64(i+1) {
		found := string(record["position"])
		if found == "" {
			found = "-"
		} else if len(found) > 40 {
			found = found[:40] + "…"
		}
		return nil, tlog.Hash{}, reject(
			fmt.Sprintf("사건 %d의 record.position이 색인 + 1(기대값 %d)과 다릅니다: %s", i, i+1, found),
			fmt.Sprintf("the record.position of event %d is not its index + 1 (%d): %s", i, i+1, found))
	}
	leaf := tlog.RecordHash([]byte(event.record))
	proof := make(tlog.RecordProof, 0, len(event.proof))
	for _, element := range event.proof {
		h, ok := decodeHash(element)
		if !ok {
			return nil, tlog.Hash{}, reject(
				fmt.Sprintf("사건 %d의 포함 증명에 32바이트 base64 해시가 아닌 값이 있습니다", i),
				fmt.Sprintf("the inclusion proof of event %d holds a value that is not base64 of a 32-byte hash", i))
		}
		proof = append(proof, h)
	}
	// tlog's record proofs are RFC 6962 audit paths, leaf side first, as the packet carries them.
	if tlog.CheckRecord(proof, cp.size, cp.root, i, leaf) != nil {
		return nil, tlog.Hash{}, reject(
			fmt.Sprintf("사건 %d의 포함 증명이 체크포인트 루트와 맞지 않습니다", i),
			fmt.Sprintf("the inclusion proof of event %d does not lead to the checkpoint's root", i))
	}
	return record, leaf, nil
}
