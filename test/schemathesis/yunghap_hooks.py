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
    headers = case.headers or {}
    for name in list(headers):
        if name.lower() == "idempotency-key" and isinstance(headers[name], str) and _WELL_FORMED.match(headers[name]):
            headers[name] = str(uuid.uuid4())
    case.headers = headers
