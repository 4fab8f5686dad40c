"""Schemathesis hooks for Yunghap: the fuzzer behaves as a well-mannered client would.

A well-formed Idempotency-Key is replaced by a fresh one for every generated case: a real client
never sends one key with two different bodies, and Yunghap rightly answers that with 422. Keys that
break the header's own rules are left as generated, so the negative cases still reach the server.
"""
import re
import uuid

import schemathesis

_WELL_FORMED = re.compile(r"^[!-~]{1,255}$")


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    # Changed in place and only when a key is there: the case's other headers stay exactly as
    # generated (the auth checks depend on which ones are missing).
    for name in list(case.headers or {}):
        if name.lower() == "idempotency-key" and isinstance(case.headers[name], str) and _WELL_FORMED.match(case.headers[name]):
            case.headers[name] = str(uuid.uuid4())
