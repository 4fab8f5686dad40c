package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"

	"golang.org/x/mod/sumdb/note"
)

// Verifier keys, "<name>+<8 hex key id>+<base64(0x01 ‖ Ed25519 public key)>", and the file of
// trusted ones an auditor passes with --trusted-keys.

// parseVerifierKey is note.NewVerifier with the key text held to its one spelling first:
// NewVerifier takes upper-case hex ids and lenient base64 (newlines skipped, unused bits ignored),
// so two texts would name one key, and a trusted-keys file is compared as text.
func parseVerifierKey(text string) (note.Verifier, error) {
	name, rest, ok1 := strings.Cut(text, "+")
	id, material, ok2 := strings.Cut(rest, "+")
	if !ok1 || !ok2 {
		return nil, errors.New("expected <name>+<key id>+<key>")
	}
	if !isKeyName(name) {
		return nil, errors.New("a key name is non-empty, without white space or \"+\"")
	}
	if len(id) != 8 || strings.Trim(id, "0123456789abcdef") != "" {
		return nil, errors.New("the key id is not 8 lower-case hex digits")
	}
	key, ok := decodeBase64(material)
	if !ok || len(key) == 0 {
		return nil, errors.New("the key is not standard base64")
	}
	if key[0] != 0x01 {
		return nil, fmt.Errorf("signature type 0x%02x is not Ed25519 (0x01)", key[0])
	}
	if len(key) != 33 {
		return nil, errors.New("an Ed25519 public key has 32 bytes")
	}
	verifier, err := note.NewVerifier(text)
	if err != nil {
		// What is left for NewVerifier to refuse is a key id that is not this key's.
		return nil, fmt.Errorf("the key id does not match the key (%v)", err)
	}
	return verifier, nil
}

// isKeyName is note's isValidName (the text is valid UTF-8, being a decoded JSON string). A name
// with a control character is let through, as note.NewVerifier and the JavaScript verifier do: no
// note can carry such a name, so the key simply never signs.
func isKeyName(name string) bool {
	return name != "" && !strings.Contains(name, "+") && strings.IndexFunc(name, unicode.IsSpace) < 0
}

// keyLabel is how messages and the summary name a key: its name and id, never its key material.
func keyLabel(name string, hash uint32) string { return fmt.Sprintf("%s+%08x", name, hash) }

// loadTrustedKeys reads one verifier key per line; '#' starts a comment line, blank lines are
// skipped, surrounding white space (a CRLF's CR, a byte-order mark) is dropped, as JavaScript's
// String.prototype.trim drops it. Each line must be a verifier key: a
// typo in the auditor's own file is a usage error, not a verdict about the packet.
func loadTrustedKeys(path string) (map[string]bool, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	trusted := map[string]bool{}
	scanner := bufio.NewScanner(file)
	for number := 1; scanner.Scan(); number++ {
		line := strings.TrimFunc(scanner.Text(), func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := parseVerifierKey(line); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, number, err)
		}
		trusted[line] = true
	}
	if err := scanner.Err(); err != nil {
		return nil, err
	}
	return trusted, nil
}
