package main

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// Check 5's text: the seal's note text as the packet implies it, and where the two part.

// sealText rebuilds the seal's note text from the checked packet: sizes and roots from the opened
// checkpoints, leaf hashes from the records. Comparing it whole with the signed text catches any
// event dropped, added, reordered or moved to another log.
func sealText(subject string, logs []logSummary) string {
	var b strings.Builder
	b.WriteString(evidenceFormat + "\n")
	b.WriteString(subject + "\n")
	for _, log := range logs {
		fmt.Fprintf(&b, "log %s %d %s\n", log.origin, log.size, base64.StdEncoding.EncodeToString(log.root[:]))
		for e, leaf := range log.leafHashes {
			fmt.Fprintf(&b, "leaf %d %s\n", log.indexes[e], base64.StdEncoding.EncodeToString(leaf[:]))
		}
	}
	return b.String()
}

// firstDifference finds the first line (from 1) where the sealed and rebuilt texts differ, so the
// message names the log or event that was dropped, added or changed; "" stands for a missing line.
func firstDifference(sealed, rebuilt string) (int, string, string) {
	a := strings.Split(sealed, "\n")
	b := strings.Split(rebuilt, "\n")
	for i := 0; ; i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y || i >= len(a) || i >= len(b) {
			return i + 1, x, y
		}
	}
}

// sealedLogAt is the origin of the log whose part of the rebuilt seal text holds line (from 1), or
// "" for the header lines: the log an auditor should look at when the seal does not match.
func sealedLogAt(text string, line int) string {
	origin := ""
	for i, l := range strings.Split(text, "\n") {
		if i >= line {
			break
		}
		if rest, ok := strings.CutPrefix(l, "log "); ok {
			// "log <origin> <size> <root>": the origin is all but the last two fields.
			if fields := strings.Split(rest, " "); len(fields) >= 3 {
				origin = strings.Join(fields[:len(fields)-2], " ")
			}
		}
	}
	return origin
}
