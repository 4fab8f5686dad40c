package main

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

// A C2SP tlog-checkpoint body: "<origin>\n<size>\n<base64 root>\n" then optional extension lines.
// tlog.ParseTree reads only the Go checksum database's "go.sum database tree" form, so it is parsed
// here. The parse is strict, one spelling per checkpoint: a signed text that could be written two
// ways would let a packet say two things under one signature.
type checkpoint struct {
	origin     string
	size       int64
	root       tlog.Hash
	extensions []string
}

func parseCheckpoint(text string) (checkpoint, error) {
	var c checkpoint
	if !strings.HasSuffix(text, "\n") {
		return c, errors.New("the text does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) < 3 {
		return c, errors.New("expected an origin, a tree size and a root hash")
	}
	c.origin = lines[0]
	if c.origin == "" {
		return c, errors.New("the origin is empty")
	}
	size, ok := parseTreeSize(lines[1])
	if !ok {
		return c, errors.New("the tree size " + strconv.Quote(lines[1]) + " is not a decimal below 2^53 without leading zeros")
	}
	c.size = size
	root, ok := decodeHash(lines[2])
	if !ok {
		return c, errors.New("the root hash is not base64 of 32 bytes")
	}
	c.root = root
	for _, line := range lines[3:] {
		if line == "" {
			return c, errors.New("an extension line is empty")
		}
	}
	c.extensions = lines[3:]
	return c, nil
}

// parseTreeSize reads "0" or a decimal with no leading zero, no sign and no spaces (strconv.ParseInt
// alone would take "+5" and "007"), at most 2^53 − 1 as the JavaScript verifier can hold.
func parseTreeSize(s string) (int64, bool) {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n > maxSafeInteger {
		return 0, false
	}
	return n, true
}

// decodeBase64 accepts only canonical standard base64, padded, with zero unused bits: Go's decoder
// skips newlines and ignores the unused bits, so "AA==" and "AB==" would both be the byte 0.
func decodeBase64(s string) ([]byte, bool) {
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil || base64.StdEncoding.EncodeToString(b) != s {
		return nil, false
	}
	return b, true
}

func decodeHash(s string) (tlog.Hash, bool) {
	var h tlog.Hash
	b, ok := decodeBase64(s)
	if !ok || len(b) != tlog.HashSize {
		return h, false
	}
	copy(h[:], b)
	return h, true
}
