package main

import "fmt"

// A rejection is the verdict "this packet is not evidence": the first check that failed, said in
// Korean for the auditors and in English for everyone else, with where in the packet it failed.
// It is a value, not a panic, so the checks stop at the first failure and main prints only that one.
type rejection struct {
	ko, en string
	// where names the log origin, and the event index or stream and version when there is one,
	// so an auditor can find the failing part without reading the whole packet.
	where string
}

func (r *rejection) Error() string {
	msg := fmt.Sprintf("거부: %s (rejected: %s)", r.ko, r.en)
	if r.where != "" {
		msg += " — " + r.where
	}
	return msg
}

func reject(ko, en string) *rejection { return &rejection{ko: ko, en: en} }

// at returns the rejection located in the log named origin (the first place wins: an inner check
// that already said where it failed is not overwritten by an outer one).
func (r *rejection) at(where string) *rejection {
	if r.where == "" {
		r.where = where
	}
	return r
}

// inLog names a log in messages; its index says which entry when the origin is missing or repeated.
func inLog(i int, origin string) string {
	if origin == "" {
		return fmt.Sprintf("logs[%d]", i)
	}
	return origin
}
