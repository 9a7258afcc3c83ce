#!/usr/bin/env python3
"""A tiny SES v1 Query API stand-in for the start-up bench: answers each Action with the recorded fixture.

Usage: fake-ses-server.py FIXTURES_DIR PORT_FILE
Listens on 127.0.0.1 on a free port, writes the port to PORT_FILE, serves until killed.
"""
import http.server
import os
import sys
import urllib.parse

FIXTURES = sys.argv[1]
ANSWERS = {
    "GetSendQuota": "GetSendQuota.xml",
    "GetSendStatistics": "GetSendStatistics.xml",
    "GetIdentityVerificationAttributes": "GetIdentityVerificationAttributes.xml",
    "VerifyEmailIdentity": "VerifyEmailIdentity.xml",
    "DeleteIdentity": "DeleteIdentity.xml",
    "SendEmail": "SendEmail.xml",
}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        action = form.get("Action", [""])[0]
        if action == "ListIdentities":
            name = "ListIdentities.LastPage.xml" if "NextToken" in form else "ListIdentities.xml"
        else:
            name = ANSWERS.get(action, "Error.InvalidParameterValue.xml")
        with open(os.path.join(FIXTURES, name), "rb") as f:
            body = f.read()
        self.send_response(400 if name.startswith("Error.") else 200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
