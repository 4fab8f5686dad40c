// Command auditverify checks a Yunghap evidence packet (format yunghap-evidence/1) offline.
//
// It is the second, independent verifier of the format: it shares no code with the TypeScript
// server or the JavaScript verifier and relies on golang.org/x/mod/sumdb/note for signed notes and
// golang.org/x/mod/sumdb/tlog for RFC 6962 hashing and inclusion proofs, so a mistake in one
// implementation is unlikely to be repeated in this one.
//
// Usage: auditverify <packet.json> [--trusted-keys <file>]
// Exit status: 0 the packet is valid, 1 it is rejected (the first failure is printed), 2 usage
// error or a file that cannot be read.
package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

const usage = "사용법 (usage): auditverify <packet.json> [--trusted-keys <file>]"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	packetPath, keysPath, ok := parseArgs(args)
	if !ok {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	var trusted map[string]bool
	if keysPath != "" {
		var err error
		if trusted, err = loadTrustedKeys(keysPath); err != nil {
			fmt.Fprintf(stderr, "신뢰하는 키 파일을 읽을 수 없습니다 (cannot read the trusted keys file): %v\n", err)
			return 2
		}
	}
	data, err := os.ReadFile(packetPath)
	if err != nil {
		fmt.Fprintf(stderr, "패킷 파일을 읽을 수 없습니다 (cannot read the packet file): %v\n", err)
		return 2
	}
	p, r := decodePacket(data)
	if r == nil {
		var s *summary
		if s, r = verifyPacket(p, trusted); r == nil {
			printSummary(stdout, s, trusted != nil)
			return 0
		}
	}
	fmt.Fprintln(stdout, r.Error())
	return 1
}

// parseArgs takes the packet path and, before or after it, --trusted-keys FILE (or =FILE).
func parseArgs(args []string) (packetPath, keysPath string, ok bool) {
	keysGiven := false
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "--trusted-keys" && i+1 < len(args) && !keysGiven:
			i++
			keysPath, keysGiven = args[i], true
		case strings.HasPrefix(arg, "--trusted-keys=") && !keysGiven:
			keysPath, keysGiven = strings.TrimPrefix(arg, "--trusted-keys="), true
		case strings.HasPrefix(arg, "-") || packetPath != "":
			return "", "", false
		default:
			packetPath = arg
		}
	}
	return packetPath, keysPath, packetPath != "" && (!keysGiven || keysPath != "")
}

func printSummary(w io.Writer, s *summary, keysTrusted bool) {
	fmt.Fprintln(w, "유효: 증거 패킷의 모든 검사를 통과했습니다 (valid: every check of the evidence packet passed)")
	fmt.Fprintf(w, "대상 (subject): %s\n", s.subject)
	fmt.Fprintf(w, "생성 시각 (generated at): %s\n", s.generatedAt)
	for _, log := range s.logs {
		fmt.Fprintf(w, "로그 (log): %s\n", log.origin)
		fmt.Fprintf(w, "  트리 크기 (tree size): %d\n", log.size)
		fmt.Fprintf(w, "  루트 (root): %s\n", base64.StdEncoding.EncodeToString(log.root[:]))
		fmt.Fprintf(w, "  서명한 키 (signed by): %s\n", strings.Join(log.signers, ", "))
		fmt.Fprintf(w, "  연서명 (cosignatures): %d\n", log.cosignatures)
		fmt.Fprintf(w, "  사건 (events): %d\n", log.events)
	}
	fmt.Fprintf(w, "봉인 서명 (seal signed by): %s\n", strings.Join(s.sealSigners, ", "))
	if !keysTrusted {
		fmt.Fprintln(w, "경고: 검증 키를 패킷 자체에서 가져왔습니다. 공개된 키(GET /.well-known/yunghap-audit-keys)와 비교하십시오"+
			" (warning: the verifier keys were taken from the packet itself and must be compared with the published keys, GET /.well-known/yunghap-audit-keys):")
		for _, log := range s.logs {
			for _, label := range log.keyLabels {
				fmt.Fprintf(w, "  %s\n", label)
			}
		}
	}
}
