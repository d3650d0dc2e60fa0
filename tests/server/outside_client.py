#!/usr/bin/python3
"""An outside client for supernova-server, written against docs/protocol.md
with Debian's python3-websockets, so the protocol is checked by code that
shares nothing with the C++ side.

  outside_client.py --url wss://127.0.0.1:8765 --ca cert.pem --user alice --password ... [--workspace Team]

Runs a scripted session (hello, login, workspaces, subscribe, put, conflict,
sync, chat, a malformed frame, ping) and exits 0 when every reply is what the
protocol document says, 1 with the first mismatch otherwise.
"""
import argparse
import asyncio
import json
import ssl
import sys
import uuid

import websockets


class Mismatch(Exception):
    pass


def frame(type_, **fields):
    return {"v": 1, "id": str(uuid.uuid4()), "type": type_, **fields}


class Session:
    def __init__(self, ws):
        self.ws = ws
        self.pending = []

    async def recv(self, timeout=10):
        text = await asyncio.wait_for(self.ws.recv(), timeout)
        if not isinstance(text, str):
            raise Mismatch("the server sent a binary frame")
        msg = json.loads(text)
        for key in ("v", "id", "type"):
            if key not in msg:
                raise Mismatch(f"server frame without '{key}': {text[:200]}")
        if msg["v"] != 1:
            raise Mismatch(f"server frame with v={msg['v']}")
        return msg

    async def request(self, msg, expect):
        await self.ws.send(json.dumps(msg))
        while True:
            for i, m in enumerate(self.pending):
                if m.get("ref") == msg["id"]:
                    return self.check(self.pending.pop(i), expect, msg)
            reply = await self.recv()
            if reply.get("ref") == msg["id"]:
                return self.check(reply, expect, msg)
            self.pending.append(reply)

    async def wait_type(self, type_):
        for i, m in enumerate(self.pending):
            if m["type"] == type_:
                return self.pending.pop(i)
        while True:
            m = await self.recv()
            if m["type"] == type_:
                return m
            self.pending.append(m)

    @staticmethod
    def check(reply, expect, request):
        if reply["type"] != expect:
            raise Mismatch(f"{request['type']}: expected {expect}, got {json.dumps(reply)[:300]}")
        return reply


async def run(args):
    context = ssl.create_default_context(cafile=args.ca) if args.url.startswith("wss:") else None
    async with websockets.connect(args.url, ssl=context, max_size=2 ** 22) as ws:
        s = Session(ws)
        welcome = await s.request(frame("hello", versions=[1], client="outside_client.py"), "welcome")
        assert welcome["version"] == 1
        bad = await s.request(frame("login", user=args.user, password="definitely wrong"), "error")
        if bad["code"] != "auth_failed":
            raise Mismatch(f"wrong password gave {bad['code']}")
        token = await s.request(frame("login", user=args.user, password=args.password), "token")
        for key in ("access_token", "refresh_token", "expires_at"):
            if key not in token:
                raise Mismatch(f"token frame without {key}")
        spaces = await s.request(frame("workspaces"), "workspaces.list")
        names = [w["name"] for w in spaces["workspaces"]]
        if args.workspace not in names:
            raise Mismatch(f"workspace {args.workspace} not in {names}")
        sub = await s.request(frame("subscribe", workspace=args.workspace), "subscribed")
        entity_id = "py-" + uuid.uuid4().hex[:8]
        ack = await s.request(frame("put", workspace=args.workspace, entity="note", entity_id=entity_id,
                                    base_rev=0, data={"text": "from python"}), "ack")
        if ack["rev"] <= sub["rev"]:
            raise Mismatch("ack revision is not after the subscription's")
        event = await s.wait_type("event")
        if event["entity_id"] != entity_id or event["rev"] != ack["rev"]:
            raise Mismatch(f"event does not match the ack: {event}")
        conflict = await s.request(frame("put", workspace=args.workspace, entity="note", entity_id=entity_id,
                                         base_rev=0, data={"text": "stale"}), "conflict")
        if conflict["server_rev"] != ack["rev"] or conflict["data"] != {"text": "from python"}:
            raise Mismatch(f"conflict does not carry the server's state: {conflict}")
        batch = await s.request(frame("sync", workspace=args.workspace, since_rev=ack["rev"] - 1), "sync.batch")
        if not any(e["entity_id"] == entity_id for e in batch["events"]):
            raise Mismatch("sync does not return the put")
        await s.request(frame("chat.send", workspace=args.workspace, room="general", text="hello from python"), "ack")
        line = await s.wait_type("chat.message")
        if line["text"] != "hello from python":
            raise Mismatch(f"chat line: {line}")
        await ws.send('{"v":1,"id":"py-bad","type":"put","workspace":"' + args.workspace
                      + '","entity":"note","entity_id":"x","base_rev":-1,"data":{}}')
        err = await s.wait_type("error")
        if err.get("field") != "base_rev" or err.get("ref") != "py-bad":
            raise Mismatch(f"malformed put: {err}")
        await s.request(frame("ping"), "pong")
    print("outside client: every reply matched docs/protocol.md")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--ca", help="PEM file of the server's certificate (wss)")
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--workspace", default="Team")
    args = p.parse_args()
    try:
        asyncio.run(run(args))
    except Mismatch as e:
        print(f"outside client: MISMATCH: {e}", file=sys.stderr)
        return 1
    except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException) as e:
        print(f"outside client: connection failed: {e!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
