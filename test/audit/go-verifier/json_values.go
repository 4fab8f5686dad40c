package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
)

// Reading JSON values the way the JavaScript verifier sees them, not the way encoding/json would
// bind them to a struct: struct fields match keys case-insensitively ("Format" would pass for
// "format") and a null leaves a string field empty without an error. Every value is taken from an
// object decoded into a map of raw values (exact keys; of duplicate keys the last wins, as in
// JSON.parse) and its JSON type is checked before it is decoded.

// maxSafeInteger is 2^53 − 1, the largest integer JavaScript numbers hold exactly: indexes, sizes
// and versions above it cannot be told apart from their neighbours there, so they are refused here.
const maxSafeInteger = 1<<53 - 1

func objectOf(raw json.RawMessage) (map[string]json.RawMessage, bool) {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 || raw[0] != '{' {
		return nil, false
	}
	var object map[string]json.RawMessage
	if json.Unmarshal(raw, &object) != nil {
		return nil, false
	}
	return object, true
}

func arrayOf(raw json.RawMessage) ([]json.RawMessage, bool) {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 || raw[0] != '[' {
		return nil, false
	}
	var array []json.RawMessage
	if json.Unmarshal(raw, &array) != nil {
		return nil, false
	}
	return array, true
}

// stringOf decodes a JSON string that is a Unicode string. encoding/json turns an escaped lone
// surrogate ("\ud800") into U+FFFD, while JavaScript keeps it and then refuses it in a note, or sees
// it differ from a U+FFFD in signed text: such a string is refused, so both verifiers agree.
func stringOf(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || raw[0] != '"' || hasLoneSurrogate(raw) {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// rawStringOf decodes a JSON string whatever surrogates it escapes: for a record, whose bytes are
// hashed, JavaScript's Buffer.from(record, 'utf8') also writes U+FFFD for a lone surrogate, so both
// hash the same bytes.
func rawStringOf(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// numberOf is the value JSON.parse gives a JSON number: the nearest float64 (so 41.0 and 4.1e1 are
// both 41), finite.
func numberOf(raw json.RawMessage) (float64, bool) {
	if len(raw) == 0 || !(raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// safeIntegerOf is a number that Number.isSafeInteger accepts.
func safeIntegerOf(raw json.RawMessage) (int64, bool) {
	f, ok := numberOf(raw)
	if !ok || f != math.Trunc(f) || math.Abs(f) > maxSafeInteger {
		return 0, false
	}
	return int64(f), true
}

func isNull(raw json.RawMessage) bool { return string(raw) == "null" }

// hasLoneSurrogate reports whether a JSON string token escapes a UTF-16 surrogate that is not half
// of a pair (a high one followed at once by an escaped low one).
func hasLoneSurrogate(token []byte) bool {
	pendingHigh := false
	for i := 1; i < len(token)-1; i++ {
		if token[i] != '\\' {
			if pendingHigh {
				return true
			}
			continue
		}
		i++
		if token[i] != 'u' {
			if pendingHigh {
				return true
			}
			continue
		}
		if i+4 >= len(token) {
			return true // not JSON; encoding/json refuses it anyway
		}
		unit, err := strconv.ParseUint(string(token[i+1:i+5]), 16, 16)
		if err != nil {
			return true
		}
		i += 4
		switch {
		case unit >= 0xD800 && unit <= 0xDBFF:
			if pendingHigh {
				return true
			}
			pendingHigh = true
		case unit >= 0xDC00 && unit <= 0xDFFF:
			if !pendingHigh {
				return true
			}
			pendingHigh = false
		default:
			if pendingHigh {
				return true
			}
		}
	}
	return pendingHigh
}
