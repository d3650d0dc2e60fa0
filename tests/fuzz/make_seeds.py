#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target under tests/fuzz/corpus/<target>/.

Seeds come from the tests' fixtures (tests/data), the sample data (first lines
only), docs/protocol.md's frames and hand-written edge cases. Each target reads
a leading option byte first (see the target's comment); seeds carry the
options that make them meaningful. Run from the repository root; the output
is committed, so this only needs running when a target's input format changes.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def write(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def head(path, lines):
    with open(path, "rb") as f:
        return b"".join(f.readlines()[:lines])


def bar_csv():
    # Byte 0: bit 0 skip bad rows, bit 1 adjusted close, bits 2-4 format
    # (0 auto ... 6 long), bit 5 an option line first, bit 6 64-byte lines.
    csv_dir = os.path.join(ROOT, "tests", "data", "csv")
    for name in sorted(os.listdir(csv_dir)):
        if name == "README.md":
            continue
        data = open(os.path.join(csv_dir, name), "rb").read()
        write("bar_csv", name, b"\x00" + data)
        write("bar_csv", name + ".lenient", b"\x01" + data)
    sample = os.path.join(ROOT, "resources", "sample-data")
    for name in sorted(os.listdir(sample)):
        if name.endswith(".csv"):
            write("bar_csv", "sample_" + name, b"\x02" + head(os.path.join(sample, name), 12))
    opt = lambda fmt: bytes([0x20 | (fmt << 2)])
    write("bar_csv", "opt_generic_map", opt(4) + b"format=generic map=date=Day,close=Px,volume=3 delimiter=semicolon\n"
          b"Day;Vol;Px\n2020-01-02;100;1,5\n2020-01-03;120;1,6\n")
    write("bar_csv", "opt_date_format", opt(0) + b"date-format=dmy symbol=X interval=1d\n"
          b"Date,Close\n02.01.2020,10\n03.01.2020,11\n")
    write("bar_csv", "opt_adjusted", bytes([0x22 | (1 << 2)]) + b"adjusted\n"
          b"Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,10,11,9,10,5,100\n")
    write("bar_csv", "edge_tiny_close", b"\x00Date,Close\n2020-01-02,1e-308\n2020-01-03,1e308\n")
    write("bar_csv", "edge_long_line", b"\x40Date,Close\n2020-01-02," + b"1" * 100 + b"\n")
    write("bar_csv", "edge_epoch", b"\x00time,close\n1577923200,1\n1578009600000,2\n")


def transactions_csv():
    # Byte 0 bit 0: the first line is a column map.
    base = ("date,type,symbol,quantity,price,fee,tax,amount,currency,note\n"
            "2014-01-02,deposit,,0,0,0,0,100000,USD,opening\n"
            "2014-01-02,buy,AAPL,10,79.5,1,0,,USD,\n"
            "2014-02-03,dividend,AAPL,0,0,0,0.3,3.05,,\"q1, gross\"\n"
            "2014-03-03,sell,AAPL,4,80.000001,0,0,,,\n"
            "2014-06-09,split,AAPL,7,0,0,0,0,,7:1\n"
            "2014-07-01,transfer_out,AAPL,2,0,0,0,0,,\n"
            "2014-07-01,withdrawal,,0,0,0,0,100,,\n")
    write("transactions_csv", "all_types", "\x00" + base)
    write("transactions_csv", "minimal", "\x00date,type,symbol,quantity,price\n2018-06-01,sell,AAPL,100,190\n")
    write("transactions_csv", "bad_lines", "\x00date,type,symbol,quantity,price,fee,amount\n"
          "2014-01-02,deposit,,,,,10000\n2014-01-02,bye,AAPL,10,79,1,\n2014-01-02,buy,AAPL,10,-79,1,\n"
          "2014-01-02,buy,AAPL,ten,79,1,\n")
    write("transactions_csv", "mapped", "\x01date=Day,symbol=Ticker\nDay,type,Ticker,quantity,price,fee,amount\n"
          "2014-01-02,deposit,,,,,10000\n2014-01-02,buy,AAPL,10,100,1,\n")
    write("transactions_csv", "dmy_crlf_bom", "\x00\ufeffdate;type;symbol;quantity;price\r\n"
          "23.03.2020;buy;X;1;2\r\n24.03.2020;sell;X;1;3\r\n")
    write("transactions_csv", "huge_decimals", "\x00date,type,symbol,quantity,price\n"
          "2020-01-02,buy,X,9223372036854,9223372036854.775807\n")


def database_url():
    for i, u in enumerate([
            "sqlite:///home/analyst/.local/share/supernova/workspace.sqlite", "sqlite::memory:",
            "postgresql://analyst:s3cr%40t@db.example.org:5433/supernova", "postgres://u@localhost/db",
            "postgresql://u:p@[::1]:5432/db", "sqlite:///a%20b/c%3Fd.sqlite", "postgresql://:pw@h/db",
            "postgresql://u:p@h:0/db", "postgresql://u:p@h/db?sslmode=require", "SQLITE:///x/../y.db",
            "mysql://u@h/db", "  sqlite:///trim.db\n", ""]):
        write("database_url", "url%02d" % i, u)


def server_config():
    write("server_config", "full.ini", """[server]
listen=127.0.0.1
port=8765
certificate=cert.pem
private_key=key.pem
insecure_loopback=false
database=sqlite://data/server.sqlite
name=team-server
trusted_proxies=10.0.0.1, 192.168.0.0/16, ::1

[ops]
listen=127.0.0.1
port=9100

[limits]
max_frame_bytes=1048576
messages_per_second=50.5
message_burst=200
login_failures=5
login_window_seconds=60

[auth]
access_token_seconds=900
refresh_token_days=30
password_cost=15
""")
    write("server_config", "bad_values.ini", "[server]\nport=70000\ninsecure_loopback=maybe\n"
          "[limits]\nmessages_per_second=nan\n")
    write("server_config", "quoted.ini", "[server]\nname=\"a, b\"\nlisten=::\n"
          "database=\"postgresql://u:p@h/db\"\n")
    write("server_config", "empty.ini", "")


def setting_values():
    # Byte 0 % 8: 0 decimal, 1 dates, 2 param range, 3 sizing/fill,
    # 4 Retry-After, 5 column map/delimiter, 6 format names, 7 a CLI option.
    seeds = {
        0: ["-12.345678", "0.000001", "9223372036854.775807", "-9223372036854.775808", "1e5", " 1", "+.5"],
        1: ["2020-03-23", "20200323", "23.03.2020", "03/23/2020", "Mar 23 2020", "23-Mar-2020", "1584921600",
            "1584921600000", "2020-03-23T12:30:00Z", "2020-03-23 12:30:00+02:00", "9999-12-31"],
        2: ["fast=5:50:5", "k=1:3", "x=0:1:0", "y=1e308:inf:1", "n=-5:5:0.5"],
        3: ["all_in", "whole_shares", "units:10", "percent:12.5", "next_open", "close", "percent:nan"],
        4: ["120", "Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 01 Dec 2025 12:00:30 GMT", "-1", "99999999999", "0.5"],
        5: ["date=Date,close=Close,volume=5", "open=2,high=3,low=4", "tab", ";", "\\t", "comma"],
        6: ["iso", "dmy", "mdy", "epoch-ms", "stooq-bulk", "close"],
        7: ["format=yahoo", "map=date=1,close=2", "delimiter=pipe", "decimal-comma", "date-format=yyyymmdd",
            "interval=1wk", "symbol=AAPL"],
    }
    for sel, values in seeds.items():
        for i, v in enumerate(values):
            write("setting_values", "p%d_%02d" % (sel, i), bytes([sel]) + v.encode())


def sse():
    # Byte 0: bits 0-4 piece size - 1, bit 5 small limits.
    streams = [
        b"data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\ndata: [DONE]\n\n",
        b"\xef\xbb\xbfevent: message_start\r\ndata: {}\r\n\r\n: comment\r\nid: 7\r\nretry: 1500\r\n\r\n",
        b"data: a\ndata: b\r\rdata\n\nevent\n\nid: x\x00y\n\nretry: 12a\n\n",
        b"data: " + b"x" * 40 + b"\n\n",
        b"data: \xe2\x82\xac split\n\n",
    ]
    for i, s in enumerate(streams):
        for sel in (0, 1, 6, 31, 32 + 2):
            write("sse", "s%d_%02d" % (i, sel), bytes([sel]) + s)


def llm_response():
    # Byte 0: bit 0 vendor (0 OpenAI-compatible, 1 Anthropic), bits 1-2
    # status (200, 200, 400, 500), bits 3-7 piece size.
    def chunk(obj):
        return b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"
    openai = (chunk({"choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}]})
              + chunk({"choices": [{"index": 0, "delta": {"content": "lo \u20ac"}}]})
              + chunk({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                                                          "function": {"name": "get_quote", "arguments": "{\"sym"}}]}}]})
              + chunk({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "bol\":\"AAPL\"}"}}]}}]})
              + chunk({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
              + chunk({"choices": [], "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}})
              + b"data: [DONE]\n\n")
    def ev(kind, obj):
        return b"event: " + kind.encode() + b"\n" + chunk(obj)
    anthropic = (ev("message_start", {"type": "message_start", "message": {"id": "msg_1", "usage": {"input_tokens": 5, "output_tokens": 1}}})
                 + ev("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
                 + ev("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}})
                 + ev("content_block_stop", {"type": "content_block_stop", "index": 0})
                 + ev("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "tu_1", "name": "get_quote", "input": {}}})
                 + ev("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": "{\"symbol\": \"AAPL\"}"}})
                 + ev("content_block_stop", {"type": "content_block_stop", "index": 1})
                 + ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 9}})
                 + ev("ping", {"type": "ping"})
                 + ev("message_stop", {"type": "message_stop"}))
    write("llm_response", "openai_tools", bytes([0 | (2 << 3)]) + openai)
    write("llm_response", "openai_bytes", bytes([0 | (0 << 3)]) + openai)
    write("llm_response", "anthropic_tools", bytes([1 | (3 << 3)]) + anthropic)
    write("llm_response", "anthropic_error_event", bytes([1]) + ev("error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}))
    write("llm_response", "openai_400", bytes([0 | (2 << 1)]) + b'{"error":{"message":"bad model","type":"invalid_request_error"}}')
    write("llm_response", "anthropic_500", bytes([1 | (3 << 1)]) + b'{"type":"error","error":{"type":"api_error","message":"boom"}}')
    write("llm_response", "openai_broken", bytes([0]) + b"data: {\"choices\":[{\"delta\":{\"content\":\n\ndata: [DONE]\n\n")


def sync_frames():
    # Byte 0 bit 0: tight limits.
    text = open(os.path.join(ROOT, "docs", "protocol.md"), encoding="utf-8").read()
    frames = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
        buf = ""
        for line in block.splitlines():
            if line.startswith('{"v"'):
                buf = line
            elif buf:
                buf += line
            else:
                continue
            try:
                frames.append(json.loads(buf))
                buf = ""
            except ValueError:
                pass
    for i, f in enumerate(frames):
        data = json.dumps(f, separators=(",", ":")).encode()
        write("sync_frames", "doc%02d_%s" % (i, f.get("type", "x")), b"\x00" + data)
        write("sync_frames", "doc%02d_%s.tight" % (i, f.get("type", "x")), b"\x01" + data)
    write("sync_frames", "bad_truncated", b"\x00{\"v\":1,\"id\":\"a\",\"type\":\"pi")
    write("sync_frames", "bad_version", b"\x00{\"v\":1.5,\"id\":\"a\",\"type\":\"ping\"}")
    return len(frames)


def jwt():
    key = b"k" * 32
    b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=")
    header = b64(b'{"alg":"HS256","typ":"JWT"}')
    for i, claims in enumerate([{"sub": "alice", "exp": 1764662400}, {"sub": "bob", "exp": 1}, {"sub": "x"},
                                {"exp": 1764662400.5}, {"exp": "soon"}, {"exp": 1e30}]):
        body = header + b"." + b64(json.dumps(claims).encode())
        write("jwt", "unsigned%d" % i, body)
        sig = b64(hmac.new(key, body, hashlib.sha256).digest())
        write("jwt", "signed%d" % i, body + b"." + sig)
    write("jwt", "alg_none", b64(b'{"alg":"none"}') + b"." + b64(b'{"exp":9999999999}') + b".")
    write("jwt", "not_base64", b"a*b.c d.e")


def rules():
    d = os.path.join(ROOT, "tests", "data", "rules", "corpus")
    for name in sorted(os.listdir(d)):
        shutil.copy(os.path.join(d, name), os.path.join(OUT, "rules", name))
    write("rules", "edge_deep", "entry = " + "(" * 200 + "close" + ")" * 200 + " > 0\nexit = false\n")
    write("rules", "edge_params", "param n: int = 5 in 1..100000000\nentry = close > sma(close, n)\nexit = close < lowest(close, n)[n]\n")


def news_feed():
    # Byte 0 bits 0-1: 0 feed, 1 headline CSV, 2 dates; bit 2: the feed's name is an http URL.
    d = os.path.join(ROOT, "tests", "data", "news")
    for name in sorted(os.listdir(d)):
        if name.endswith(".xml"):
            data = open(os.path.join(d, name), "rb").read()
            write("news_feed", name, b"\x00" + data)
            write("news_feed", name + ".http", b"\x04" + data)
    write("news_feed", "atom_relative_links", b"\x04<?xml version='1.0'?>\n"
          b"<feed xmlns='http://www.w3.org/2005/Atom'><title type='html'>Desk &lt;b&gt;notes&lt;/b&gt;</title>\n"
          b"<entry><title>Rates hold</title><link href='../story/7'/><link rel='enclosure' href='x.mp3'/>\n"
          b"<id>tag:example.com,2024:7</id><updated>2024-05-02T14:30:00.123+02:00</updated>\n"
          b"<content type='html'>&lt;p&gt;The &amp;amp; board&lt;/p&gt;</content></entry>\n"
          b"<entry><summary>only a summary</summary><published>2024-05-02t14:30:00z</published></entry></feed>\n")
    write("news_feed", "rdf_dc_date", b"\x00<?xml version='1.0'?>\n"
          b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'"
          b" xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>RDF desk</title></channel>\n"
          b"<item><title>Oil &#x2191; 2%</title><link>https://e.com/1</link><dc:date>Tue, 10 Jun 2003 04:00:00 EST</dc:date>"
          b"</item></rdf:RDF>\n")
    write("news_feed", "not_a_feed", b"\x00<html><body>captive portal</body></html>")
    write("news_feed", "broken_xml", b"\x00<rss><channel><title>x</title><item><title>a</item></channel></rss>")
    write("news_feed", "csv_all_columns", "\x01published,title,link,symbol,source,summary\n"
          "2024-05-02T14:30:00Z,Apple beats,https://e.com/a,AAPL;MSFT,Wire,\"Up 3%, after hours\"\n"
          "2024-05-02 14:30,\"He said \"\"hold\"\"\",,,,\n"
          "\"Thu, 02 May 2024 20:31:00 -0400\",Late news,http://e.com/b,BRK.B,,\"two\nlines\"\n")
    write("news_feed", "csv_aliases_bom", "\x01\ufeffDate,Headline,Ticker\r\n2024-05-02,Quiet day,SPY\r\n")
    write("news_feed", "csv_bad_rows", "\x01published,title,link\n2024-05-02,x,ftp://e.com\n"
          "yesterday,y,\n2024-05-02,\"open quote\n")
    for i, text in enumerate(["2003-12-13T18:30:02.25+01:00", "2003-12-13 18:30:02Z", "2024-02-29T23:59:60.999999-23:59",
                              "Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 03 04:00 PDT", "Sun, 31 Dec 99 23:59:59 +1400 (zone)",
                              "1 Feb 2024 00:00:00", "Mon, 30 Feb 2024 00:00:00 UT"]):
        write("news_feed", "date%d" % i, "\x02" + text)


def provider_responses():
    # Byte 0 bits 0-2: 0 Yahoo bars, 1 Stooq, 2 Alpha Vantage, 3 Tiingo, 4 Yahoo search,
    # 5 Alpha Vantage search, 6 Tiingo search, 7 ECB; bits 3-5 status (0 = 200,
    # 3 = 404, 4 = 401, 6 = 429, 7 = 500); bits 6-7 interval (0 1d, 1 1wk, 2 5m, 3 1h).
    sel = lambda which, status=0, interval=0: bytes([which | (status << 3) | (interval << 6)])
    stamps = [1704205800, 1704292200, 1704378600, 1704465000]
    quote = {"open": [185.1, 184.2, None, 181.9], "high": [186.0, 185.0, 183.1, 182.7],
             "low": [183.4, 182.2, 180.9, 180.2], "close": [185.6, 184.3, 181.9, 181.2],
             "volume": [82488700, 58414500, None, 62303300]}
    chart = {"chart": {"result": [{
        "meta": {"currency": "USD", "symbol": "ACME", "exchangeName": "NMS", "gmtoffset": -18000,
                 "timezone": "EST", "longName": "Acme Corporation"},
        "timestamp": stamps,
        "events": {"splits": {"1704292200": {"date": 1704292200, "numerator": 2, "denominator": 1, "splitRatio": "2:1"}},
                   "dividends": {"1704378600": {"amount": 0.24, "date": 1704378600}}},
        "indicators": {"quote": [quote], "adjclose": [{"adjclose": quote["close"]}]}}], "error": None}}
    write("provider_responses", "yahoo_daily", sel(0) + json.dumps(chart).encode())
    intraday = json.loads(json.dumps(chart))
    intraday["chart"]["result"][0]["timestamp"] = [1704205800 + 300 * i for i in range(4)]
    del intraday["chart"]["result"][0]["events"]
    write("provider_responses", "yahoo_5m", sel(0, 0, 2) + json.dumps(intraday).encode())
    write("provider_responses", "yahoo_not_found", sel(0, 3) + b'{"chart":{"result":null,"error":{"code":"Not Found",'
          b'"description":"No data found, symbol may be delisted"}}}')
    write("provider_responses", "yahoo_html_500", sel(0, 7) + b"<html><body><h1>Will be right back</h1></body></html>")
    write("provider_responses", "stooq_daily", sel(1) + b"Date,Open,High,Low,Close,Volume\r\n"
          b"2024-01-02,185.1,186,183.4,185.6,82488700\r\n2024-01-03,184.2,185,182.2,184.3,58414500\r\n")
    write("provider_responses", "stooq_index_weekly", sel(1, 0, 1) + b"Date,Open,High,Low,Close\n2024-01-05,4745.2,4755.1,4682.1,4697.24\n")
    write("provider_responses", "stooq_no_data", sel(1) + b"No data")
    write("provider_responses", "stooq_quota", sel(1) + b"Exceeded the daily hits limit")
    av = {"Meta Data": {"1. Information": "Daily Prices (open, high, low, close) and Volumes", "2. Symbol": "ACME",
                        "3. Last Refreshed": "2024-01-03", "4. Output Size": "Full size", "5. Time Zone": "US/Eastern"},
          "Time Series (Daily)": {"2024-01-03": {"1. open": "184.2200", "2. high": "185.8800", "3. low": "183.4300",
                                                 "4. close": "184.2500", "5. volume": "58414460"},
                                  "2024-01-02": {"1. open": "187.1500", "2. high": "188.4400", "3. low": "183.8850",
                                                 "4. close": "185.6400", "5. volume": "82488674"}}}
    write("provider_responses", "alphavantage_daily", sel(2) + json.dumps(av, indent=4).encode())
    adj = {"Meta Data": {"2. Symbol": "ACME", "5. Time Zone": "US/Eastern"},
           "Time Series (Daily)": {"2024-01-03": {"1. open": "184.22", "2. high": "185.88", "3. low": "183.43",
                                                  "4. close": "184.25", "5. adjusted close": "92.125", "6. volume": "58414460",
                                                  "7. dividend amount": "0.2400", "8. split coefficient": "2.0"}}}
    write("provider_responses", "alphavantage_adjusted", sel(2) + json.dumps(adj).encode())
    intra = {"Meta Data": {"1. Information": "Intraday (5min) open, high, low, close prices and volume",
                           "2. Symbol": "ACME", "4. Interval": "5min", "6. Time Zone": "US/Eastern"},
             "Time Series (5min)": {"2024-01-03 09:35:00": {"1. open": "184.2", "2. high": "184.9", "3. low": "184.0",
                                                             "4. close": "184.5", "5. volume": "1200"}}}
    write("provider_responses", "alphavantage_5m", sel(2, 0, 2) + json.dumps(intra).encode())
    write("provider_responses", "alphavantage_note", sel(2) + b'{"Note": "Thank you for using Alpha Vantage! Our standard API '
          b'call frequency is 5 calls per minute and 500 calls per day."}')
    write("provider_responses", "alphavantage_error", sel(2) + b'{"Error Message": "Invalid API call. Please retry or visit '
          b'the documentation (https://www.alphavantage.co/documentation/) for TIME_SERIES_DAILY."}')
    tiingo = [{"date": "2024-01-02T00:00:00.000Z", "close": 185.64, "high": 188.44, "low": 183.885, "open": 187.15,
               "volume": 82488674, "adjClose": 185.64, "divCash": 0.0, "splitFactor": 1.0},
              {"date": "2024-01-03T00:00:00.000Z", "close": 184.25, "high": 185.88, "low": 183.43, "open": 184.22,
               "volume": 58414460, "adjClose": 184.25, "divCash": 0.24, "splitFactor": 2.0}]
    write("provider_responses", "tiingo_daily", sel(3) + json.dumps(tiingo).encode())
    write("provider_responses", "tiingo_1h", sel(3, 0, 3) + b'[{"date":"2024-01-02T14:30:00-05:00","open":187.1,'
          b'"high":188.4,"low":186.9,"close":188.0,"volume":1200}]')
    write("provider_responses", "tiingo_not_found", sel(3) + b'{"detail":"Error: Ticker \'ACME\' not found"}')
    write("provider_responses", "tiingo_bad_token_401", sel(3, 4) + b'{"detail":"Invalid token."}')
    write("provider_responses", "yahoo_search", sel(4) + json.dumps(
        {"explains": [], "count": 2, "quotes": [
            {"exchange": "NMS", "shortname": "Acme Corp", "quoteType": "EQUITY", "symbol": "ACME", "score": 20000,
             "typeDisp": "Equity", "longname": "Acme Corporation", "isYahooFinance": True},
            {"exchange": "PCX", "shortname": "Acme ETF", "quoteType": "ETF", "symbol": "ACMX"}],
         "news": [], "nav": [], "lists": [], "totalTime": 21}).encode())
    write("provider_responses", "alphavantage_search", sel(5) + json.dumps({"bestMatches": [
        {"1. symbol": "ACME", "2. name": "Acme Corporation", "3. type": "Equity", "4. region": "United States",
         "5. marketOpen": "09:30", "6. marketClose": "16:00", "7. timezone": "UTC-04", "8. currency": "USD",
         "9. matchScore": "1.0000"}]}).encode())
    write("provider_responses", "tiingo_search", sel(6) + json.dumps([
        {"name": "Acme Corporation", "ticker": "acme", "permaTicker": "US000000000001", "openFIGI": None,
         "assetType": "Stock", "isActive": True, "countryCode": "US"}]).encode())
    ecb = ('<?xml version="1.0" encoding="UTF-8"?>\n<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
           'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">\n\t<gesmes:subject>Reference rates</gesmes:subject>\n'
           '\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n\t<Cube>\n'
           '\t\t<Cube time="2024-01-03">\n\t\t\t<Cube currency="USD" rate="1.0919"/>\n\t\t\t<Cube currency="JPY" rate="155.52"/>\n'
           '\t\t\t<Cube currency="GBP" rate="0.86265"/>\n\t\t</Cube>\n\t\t<Cube time="2024-01-02">\n'
           '\t\t\t<Cube currency="USD" rate="1.0956"/>\n\t\t\t<Cube currency="CHF" rate="0.9305"/>\n\t\t</Cube>\n'
           '\t\t<Cube time="1999-01-04">\n\t\t\t<Cube currency="USD" rate="1.1789"/>\n\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n')
    write("provider_responses", "ecb_hist", sel(7) + ecb.encode())
    write("provider_responses", "ecb_bad_rate", sel(7) + b"<Cube><Cube time='2024-01-02'><Cube currency='USD' rate='n/a'/></Cube></Cube>")
    write("provider_responses", "ecb_404", sel(7, 3) + b"<html>Not Found</html>")


def generate(out):
    global OUT
    OUT = out
    # Inputs a fuzzer found (found_*) are kept by hand, not generated: they
    # must survive a regeneration, so only the generated seeds are replaced.
    if os.path.isdir(OUT):
        for dirpath, _, files in os.walk(OUT):
            for f in files:
                if not f.startswith("found_"):
                    os.remove(os.path.join(dirpath, f))
    os.makedirs(os.path.join(OUT, "rules"), exist_ok=True)
    bar_csv(); transactions_csv(); database_url(); server_config(); setting_values()
    sse(); llm_response(); n = sync_frames(); jwt(); rules()
    news_feed(); provider_responses()
    return n


def generated_files(root):
    names = set()
    for dirpath, _, files in os.walk(root):
        for f in files:
            if not f.startswith("found_"):
                names.add(os.path.relpath(os.path.join(dirpath, f), root))
    return names


def found_files(root):
    return {os.path.relpath(os.path.join(d, f), root)
            for d, _, files in os.walk(root) for f in files if f.startswith("found_")}


def check():
    """Exit 1 when the committed seeds differ from what the generator writes now
    (a fixture, docs/protocol.md or a format changed without regenerating)."""
    import filecmp
    import tempfile
    committed = OUT
    with tempfile.TemporaryDirectory() as tmpdir:
        # Regenerate over a copy of the committed corpus, as a developer would,
        # so the check also sees whether the found_* inputs survive it.
        tmp = os.path.join(tmpdir, "corpus")
        shutil.copytree(committed, tmp)
        generate(tmp)
        lost = found_files(committed) - found_files(tmp)
        fresh, kept = generated_files(tmp), generated_files(committed)
        problems = [n + ": deleted by the generator" for n in sorted(lost)]
        problems += [n + ": missing" for n in sorted(fresh - kept)]
        problems += [n + ": no longer generated" for n in sorted(kept - fresh)]
        problems += [n + ": differs from what the generator writes" for n in sorted(fresh & kept)
                     if not filecmp.cmp(os.path.join(tmp, n), os.path.join(committed, n), shallow=False)]
    for p in problems:
        print("tests/fuzz/corpus/" + p, file=sys.stderr)
    if problems:
        print("make_seeds: %d seed file(s) out of date; run tests/fuzz/make_seeds.py and commit "
              "tests/fuzz/corpus" % len(problems), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    n = generate(OUT)
    print("frames from docs/protocol.md:", n, file=sys.stderr)
