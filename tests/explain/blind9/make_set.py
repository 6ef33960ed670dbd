#!/usr/bin/env python3
"""make_set.py: write the blind9 set (modern provider bounces, 2023-2026
layouts: Microsoft 365 HTML NDRs, Gmail DSNs, Yahoo/AOL, iCloud, Zoho,
Proton, Fastmail, Tencent/QQ, NetEase, Alibaba Mail, Amazon SES, SendGrid,
Mimecast, Proofpoint, Barracuda, Cloudflare Email Routing) and its labels.

The messages were modelled from memory of the providers' templates BEFORE
mailfix's data or code was read; the labels are what Sisimai v5.1 is
believed to answer (status, reply code, reason, hardbounce).  Only example
domains and documentation addresses are used, besides the provider host
names that identify a provider.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import E, b64, qp, write_set  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
N = [0]


def enc_part(ctype, body, enc, cs="utf-8"):
    if enc == "base64":
        return ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n"
                % (ctype, cs, b64(body, cs)))
    if enc == "qp":
        return ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                % (ctype, cs, qp(body)))
    return ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: 7bit\n\n%s\n"
            % (ctype, cs, body))


def multipart(subtype, parts, boundary, extra=""):
    s = "Content-Type: multipart/%s; boundary=\"%s\"%s\n\n" % (subtype, boundary, extra)
    for p in parts:
        s += "--%s\n%s\n" % (boundary, p)
    s += "--%s--\n" % boundary
    return s


def headers(frm, to, subject, date, msgid, extra=()):
    h = ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subject, "Date: %s" % date,
         "Message-ID: <%s>" % msgid, "MIME-Version: 1.0"]
    h.extend(extra)
    return "\n".join(h) + "\n"


def orig_headers(frm, to, subject, date):
    return ("Content-Type: text/rfc822-headers\n\n"
            "Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\n"
            "Message-ID: <20250101.%s@example.com>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n" % (frm, frm, to, subject, date,
                                                               sum(map(ord, subject + date)) % 100000))


def add(name, engine, msg, expected):
    SETS.append((name, engine, msg, expected))


# --------------------------------------------------------------------------
# Microsoft 365 / Outlook.com NDRs
# --------------------------------------------------------------------------

M365_FIX = {
    "5.1.10": ("The email address you entered couldn't be found. Please check the recipient's email "
               "address and try to resend the message. If the problem continues, please contact your "
               "email admin."),
    "5.2.2": ("The recipient's mailbox is full and can't accept messages now. Please try resending "
              "this message later, or contact the recipient directly."),
    "default": ("Contact the recipient by some other means (by phone, for example) and ask them to "
                "tell their email admin that it appears that their email system is rejecting your "
                "message. Give them the error details shown below. It's likely that the recipient's "
                "email admin is the only one who can fix this problem."),
}


def m365(name, rcpts, subject="Quarterly report", dsn=True, html_enc="qp", text=True,
         sender="anna@example.com", domain_org="example.org", outlookcom=False, delayed=False,
         html_only=False):
    """rcpts: list of (addr, status, diag, remote_server or None)."""
    N[0] += 1
    rep = "AM%dPR01MB%04d.eurprd0%d.prod.outlook.com" % (N[0] % 9 + 1, 1000 + N[0] * 7, N[0] % 8 + 1)
    date = "Tue, %d Mar 2025 10:%02d:17 +0000" % (N[0] % 27 + 1, N[0] % 60)
    first = rcpts[0][0]
    title = ("Delivery has failed to these recipients or groups:" if not delayed else
             "Delivery is delayed to these recipients or groups:")
    if delayed:
        subj = "Delivery delayed:%s" % subject
    else:
        subj = "Undeliverable: %s" % subject
    # plain part
    t = []
    if delayed:
        t.append("Delivery is delayed to these recipients or groups:\n")
        for r in rcpts:
            t.append("%s (%s)\n" % (r[0], r[0]))
        t.append("Subject: %s\n\nThis message hasn't been delivered yet. Delivery will continue to be "
                 "attempted.\n\nThe server will keep trying to deliver this message for the next 1 "
                 "days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered "
                 "by that time.\n" % subject)
    else:
        t.append("Your message to %s couldn't be delivered.\n" % first)
        code = rcpts[0][1]
        t.append(M365_FIX.get(code, M365_FIX["default"]) + "\n")
        t.append("anna      Office 365      %s\nAction Required                 Recipient\n" % first.split("@")[0])
        t.append("\nHow to Fix It\n%s\n" % M365_FIX.get(code, M365_FIX["default"]))
    t.append("\nMore Info for Email Admins\nStatus code: %s\n" % rcpts[0][1])
    t.append("\nOriginal Message Details\nCreated Date:    %s\nSender Address:  %s\n"
             "Recipient Address:   %s\nSubject:    %s\n" % (date, sender, first, subject))
    for r in rcpts:
        t.append("\nError Details\nReported error:    %s\nDSN generated by:    %s\n" % (r[2], rep))
        if r[3]:
            t.append("Remote server:    %s\n" % r[3])
    t.append("\nMessage Hops\nHOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME\n"
             "1    %s    %s    %s    mapi    *\n" % (date, "DB9PR01MB0001.eurprd01.prod.outlook.com", rep))
    plain = "".join(t)
    # html part: the big layout
    h = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
         "<style>.hdr{font-size:17pt}</style></head><body><div style=\"font-family:'Segoe UI'\">"]
    if delayed:
        h.append("<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery is delayed to these "
                 "recipients or groups:</font></b></p>")
        for r in rcpts:
            h.append("<p><a href=\"mailto:%s\">%s</a></p>" % (r[0], r[0]))
        h.append("<p>This message hasn't been delivered yet. Delivery will continue to be attempted.</p>")
    else:
        h.append("<table width=\"710\" style=\"border-spacing:0\"><tr><td><span class=\"hdr\">"
                 "Your message to <a href=\"mailto:%s\" style=\"color:#0072C6\">%s</a> couldn't be "
                 "delivered.</span></td></tr></table>" % (first, first))
        h.append("<table><tr><td style=\"font-size:15pt\">%s</td></tr>"
                 "<tr><td>anna</td><td>Office 365</td><td>%s</td></tr>"
                 "<tr><td style=\"color:#C00000\"><b>Action Required</b></td><td></td>"
                 "<td>Recipient</td></tr></table>" % (
                     M365_FIX.get(rcpts[0][1], M365_FIX["default"]).split(".")[0] + ".",
                     first.split("@")[0]))
        h.append("<p style=\"font-size:17pt\">How to Fix It</p><p>%s</p>"
                 % M365_FIX.get(rcpts[0][1], M365_FIX["default"]))
    h.append("<hr><p style=\"font-size:17pt\">More Info for Email Admins</p>"
             "<p><em>Status code: %s</em></p>" % rcpts[0][1])
    h.append("<p>Original Message Details</p><table><tr><td>Created Date:</td><td>%s</td></tr>"
             "<tr><td>Sender Address:</td><td>%s</td></tr><tr><td>Recipient Address:</td>"
             "<td>%s</td></tr><tr><td>Subject:</td><td>%s</td></tr></table>"
             % (date, sender, first, subject))
    for r in rcpts:
        h.append("<p>Error Details</p><table><tr><td>Reported error:</td><td><em>%s</em></td></tr>"
                 "<tr><td>DSN generated by:</td><td>%s</td></tr>" % (r[2], rep))
        if r[3]:
            h.append("<tr><td>Remote server:</td><td>%s</td></tr>" % r[3])
        h.append("</table>")
    h.append("<p>Message Hops</p><table><tr><th>HOP</th><th>TIME (UTC)</th><th>FROM</th><th>TO</th>"
             "<th>WITH</th><th>RELAY TIME</th></tr><tr><td>1</td><td>%s</td><td>DB9PR01MB0001."
             "eurprd01.prod.outlook.com</td><td>%s</td><td>mapi</td><td>*</td></tr></table>"
             "</div></body></html>" % (date, rep))
    html = "".join(h)
    if html_only:
        body_part = enc_part("text/html", html, html_enc)
    elif text:
        body_part = multipart("alternative", [enc_part("text/plain", plain, "qp"),
                                              enc_part("text/html", html, html_enc)],
                              "alt_%04d" % N[0])
    frm = ("Microsoft Outlook <postmaster@outlook.com>" if outlookcom else
           "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>")
    extra = ["Thread-Topic: %s" % subject, "X-MS-Exchange-Message-Is-Ndr:",
             "Content-Language: en-US", "X-MS-PublicTrafficType: Email",
             "Auto-Submitted: auto-replied"]
    hdr = headers(frm, sender, subj, date, "%s@%s" % ("ndr%04d" % N[0], rep), extra)
    if dsn:
        fields = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;DB9PR01MB0001.eurprd01.prod.outlook.com\nArrival-Date: %s\n" % (rep, date)
        for r in rcpts:
            fields += "\nFinal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp;%s\n" % (
                r[0], "delayed" if delayed else "failed", r[1], r[2])
            if r[3]:
                fields += "Remote-MTA: dns;%s\n" % r[3]
            if delayed:
                fields += "Will-Retry-Until: %s\n" % date.replace("10:", "23:")
            fields += "X-Display-Name: %s\n" % r[0].split("@")[0]
        parts = [body_part, "Content-Type: message/delivery-status\n\n" + fields,
                 orig_headers(sender, ", ".join(r[0] for r in rcpts), subject, date)]
        msg = hdr + multipart("report", parts, "rep_%04d" % N[0], "; report-type=delivery-status")
    else:
        parts = [body_part, orig_headers(sender, first, subject, date)]
        msg = hdr + multipart("mixed", parts, "mix_%04d" % N[0])
    return msg


def ms(name, rcpts, expected, **kw):
    add(name, "Microsoft365", m365(name, rcpts, **kw), expected)


EOP = "DB5EUR03FT012.mail.protection.outlook.com"
ms("ms365-01.eml", [("bob@example.org", "5.1.10",
                     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", EOP)],
   [E("5.1.10", "550", "userunknown")])
ms("ms365-02.eml", [("carol@example.org", "5.1.10",
                     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", None)],
   [E("5.1.10", "550", "userunknown")], dsn=False, html_enc="base64")
ms("ms365-03.eml", [("dave@example.net", "5.4.1",
                     "550 5.4.1 Relay Access Denied ATTR36 [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com 2025-03-04T10:12:01.123Z 08DC1234ABCD5678]",
                     "BN8NAM12FT045.mail.protection.outlook.com")],
   [E("5.4.1", "550", "norelaying")])
ms("ms365-04.eml", [("board@example.org", "5.7.1",
                     "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", None)],
   [E("5.7.1", "550", "rejected")], subject="Board minutes")
ms("ms365-05.eml", [("all-staff@example.org", "5.7.1",
                     "550 5.7.1 Delivery not authorized, message refused", "example-org.mail.protection.outlook.com")],
   [E("5.7.1", "550", "rejected")], html_enc="base64")
ms("ms365-06.eml", [("finance@example.org", "5.7.124",
                     "550 5.7.124 RESOLVER.RST.SenderNotAllowed; sender not in allowed-senders list", None)],
   [E("5.7.124", "550", "rejected")])
ms("ms365-07.eml", [("team@example.org", "5.7.133",
                     "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group", None)],
   [E("5.7.133", "550", "securityerror")])
ms("ms365-08.eml", [("erin@example.org", "5.7.509",
                     "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [AM4PEPF00027A61.eurprd04.prod.outlook.com 2025-03-11T08:01:33.412Z 08DD5F2A1B3C4D5E]",
                     "example-org.mail.protection.outlook.com")],
   [E("5.7.509", "550", "authfailure")], html_only=True)
ms("ms365-09.eml", [("frank@example.org", "5.7.708",
                     "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [DB3PEPF0000885F.eurprd02.prod.outlook.com 2025-03-05T11:22:01.000Z 08DC3B7A2C1D9E8F]",
                     "example-org.mail.protection.outlook.com")],
   [E("5.7.708", "550", "blocked")])
ms("ms365-10.eml", [("grace@example.org", "5.2.2",
                     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0a1b2c3d. 16.55847:6D0C0000[EndDiagnosticData]",
                     None)],
   [E("5.2.2", "554", "mailboxfull")])
ms("ms365-11.eml", [("henry@example.net", "4.4.7",
                     "550 4.4.7 QUEUE.Expired; message expired", None)],
   [E("4.4.7", "550", "expired")])
ms("ms365-12.eml", [("ivan@example.org", "5.4.14",
                     "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [AM6EUR05FT033.eop-eur05.prod.protection.outlook.com 2025-03-06T09:10:11.000Z 08DC2B1A0F9E8D7C]",
                     "AM6EUR05FT033.mail.protection.outlook.com")],
   [E("5.4.14", "554", "networkerror")])
ms("ms365-13.eml", [("judy@example.org", "5.7.23",
                     "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
                     "mx.example.org")],
   [E("5.7.23", "550", "authfailure")], outlookcom=True, html_enc="base64")
ms("ms365-14.eml", [("ken@example.net", "4.4.7", "400 4.4.7 Message delayed", None)],
   [E("4.4.7", "", "expired")], delayed=True)
ms("ms365-15.eml", [("lena@example.org", "5.1.10",
                     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", None),
                    ("mike@example.org", "5.2.2",
                     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
                     None)],
   [E("5.1.10", "550", "userunknown"), E("5.2.2", "554", "mailboxfull")])
ms("ms365-16.eml", [("nina@example.org", "5.1.1",
                     "550 5.1.1 <nina@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
                     "mx.example.org")],
   [E("5.1.1", "550", "userunknown")], outlookcom=True, html_only=True, html_enc="base64")

# forwarded NDR: the user forwards it inline with a comment
fw_body = """Hi IT,

this keeps bouncing, can you have a look? Thanks, Anna

________________________________
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>
Sent: Wednesday, March 12, 2025 9:41 AM
To: Anna <anna@example.com>
Subject: Undeliverable: Invoice 4471

Your message to oscar@example.org couldn't be delivered.
oscar wasn't found at example.org.

anna      Office 365      oscar
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Retype the recipient's address, then resend the message.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.

Original Message Details
Created Date:    3/12/2025 9:40:58 AM
Sender Address:    anna@example.com
Recipient Address:    oscar@example.org
Subject:    Invoice 4471

Error Details
Reported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by:    AM0PR01MB6543.eurprd01.prod.exchangelabs.com
"""
add("ms365-17.eml", "Microsoft365",
    headers("Anna <anna@example.com>", "helpdesk@example.com", "FW: Undeliverable: Invoice 4471",
            "Wed, 12 Mar 2025 09:45:12 +0000", "fw17@example.com",
            ["Content-Language: en-US"]) +
    multipart("alternative", [enc_part("text/plain", fw_body, "qp"),
                              enc_part("text/html", "<html><body><pre>%s</pre></body></html>" % fw_body, "base64")],
              "fw_17"),
    [E("5.1.10", "550", "userunknown")])

# --------------------------------------------------------------------------
# Gmail / Google Workspace as the sender: "Delivery Status Notification"
# --------------------------------------------------------------------------

G_KIND = {
    "notfound": ("Address not found",
                 "Your message wasn't delivered to {r} because the address couldn't be found, or is "
                 "unable to receive mail.", "NoSuchUser"),
    "blocked": ("Message blocked",
                "Your message to {r} has been blocked. See technical details below for more information.",
                "BlockedMessage"),
    "notdelivered": ("Message not delivered",
                     "There was a problem delivering your message to {r}. See the technical details "
                     "below, or try resending in a few minutes.", None),
    "delay": ("Delivery incomplete",
              "There was a temporary problem delivering your message to {r}. Gmail will retry for 46 "
              "more hours. You'll be notified if the delivery fails permanently.", None),
    "dns": ("Address not found",
            "Your message wasn't delivered to {r} because the domain {d} couldn't be found. Check for "
            "typos or unnecessary spaces and try again.", "BadRcptDomain"),
}


def gmail(name, kind, rcpt, status, diag, remote, expected, subject="Project update",
          sender="paula@example.com", html_enc="qp", rfc822=True):
    N[0] += 1
    title, text, learn = G_KIND[kind]
    d = rcpt.split("@")[1]
    text = text.format(r=rcpt, d=d)
    date = "Mon, %d Feb 2026 14:%02d:09 -0800 (PST)" % (N[0] % 27 + 1, N[0] % 60)
    plain = "\n** %s **\n\n%s\n\n" % (title, text)
    if learn:
        plain += "Learn more here: https://support.google.com/mail/?p=%s\n\n" % learn
    if diag:
        plain += "The response from the remote server was:\n%s\n" % diag.split("; ", 1)[-1]
    else:
        plain += "The response was:\n\n%s\n" % remote
    html = ("<html><head></head><body><style>* { font-family:Roboto, \"Helvetica Neue\", Helvetica, "
            "Arial, sans-serif; }</style><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
            "style=\"padding-top:32px;background-color:#ffffff;\"><tbody><tr><td><table cellpadding=0 "
            "cellspacing=0><tbody><tr><td style=\"max-width:560px;padding:24px 24px 32px;background-color:"
            "#fafafa;border:1px solid #e0e0e0;border-radius:2px\"><img style=\"padding:0 24px 16px 0;"
            "float:left\" width=72 height=72 alt=\"Error Icon\" src=\"cid:icon.png\"><table style=\""
            "min-width:272px;padding-top:8px\"><tbody><tr><td><h2 style=\"font-size:20px;color:#212121;"
            "font-weight:bold;margin:0\">%s</h2></td></tr><tr><td style=\"padding-top:20px;color:#757575;"
            "font-size:16px;font-weight:normal;text-align:left\">%s</td></tr>%s</tbody></table></td></tr>"
            "</tbody></table></td></tr><tr style=\"border:none;background-color:#fff;font-size:12.8px;"
            "font-family:monospace;padding-top:24px\"><td><p>The response from the remote server was:</p>"
            "<p style=\"font-family:monospace\">%s</p></td></tr></tbody></table></body></html>") % (
        title, text.replace(rcpt, "<a style='color:#212121;text-decoration:none'><b>%s</b></a>" % rcpt),
        ("<tr><td style=\"padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left\">"
         "<a style=\"text-decoration:none\" href=\"https://support.google.com/mail/?p=%s\">LEARN MORE</a>"
         "</td></tr>" % learn) if learn else "",
        (diag.split("; ", 1)[-1] if diag else remote))
    alt = multipart("related", [multipart("alternative", [enc_part("text/plain", plain, "7bit"),
                                                          enc_part("text/html", html, html_enc)],
                                          "galt_%04d" % N[0]),
                                "Content-Type: image/png; name=\"icon.png\"\nContent-Disposition: "
                                "attachment; filename=\"icon.png\"\nContent-Transfer-Encoding: base64\n"
                                "Content-ID: <icon.png>\n\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                "QVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\n"],
                    "grel_%04d" % N[0])
    action = "delayed" if kind == "delay" else "failed"
    fields = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s\nArrival-Date: %s\n"
              "X-Original-Message-ID: <CAF%04dxyz@mail.gmail.com>\n\nFinal-Recipient: rfc822; %s\n"
              "Action: %s\nStatus: %s\n" % (sender, date, N[0], rcpt, action, status))
    if remote and diag:
        fields += "Remote-MTA: dns; %s\n" % remote
    if diag:
        fields += "Diagnostic-Code: %s\n" % diag.replace("\n", "\n ")
    fields += "Last-Attempt-Date: %s\n" % date
    if kind == "delay":
        fields += "Will-Retry-Until: %s\n" % date.replace("14:", "23:")
    orig = orig_headers(sender, rcpt, subject, date)
    if rfc822:
        orig = ("Content-Type: message/rfc822\n\n" + orig.split("\n\n", 1)[1] +
                "\nHello,\nplease see the update below.\n")
    subj = "Delivery Status Notification (%s)" % ("Delay" if kind == "delay" else "Failure")
    hdr = headers("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", sender, subj, date,
                  "65d%04d.050a0220.1c3a2.9f1b.GMR@mx.google.com" % N[0],
                  ["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
                   "References: <CAF%04dxyz@mail.gmail.com>" % N[0]])
    msg = hdr + multipart("report", [alt, "Content-Type: message/delivery-status\n\n" + fields, orig],
                          "grep_%04d" % N[0], "; report-type=delivery-status")
    add(name, "Gmail", msg, expected)


gmail("gmail-01.eml", "notfound", "quinn@example.org", "5.1.1",
      "smtp; 550 5.1.1 <quinn@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
      "mx1.example.org. (203.0.113.25, the server for the domain example.org.)",
      [E("5.1.1", "550", "userunknown")])
gmail("gmail-02.eml", "blocked", "rita@example.org", "5.7.1",
      "smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.45] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.45",
      "mx.example.org. (203.0.113.26, the server for the domain example.org.)",
      [E("5.7.1", "554", "blocked")])
gmail("gmail-03.eml", "notdelivered", "sam@example.net", "5.3.4",
      "smtp; 552 5.3.4 Message size exceeds fixed limit",
      "mail.example.net. (203.0.113.27, the server for the domain example.net.)",
      [E("5.3.4", "552", "mesgtoobig")], html_enc="base64")
gmail("gmail-04.eml", "delay", "tom@example.net", "4.4.1", None,
      "[mail.example.net. 203.0.113.28: timed out]",
      [E("4.4.1", "", "expired")])
gmail("gmail-05.eml", "dns", "uma@example.invalid", "5.1.2", None,
      "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid",
      [E("5.1.2", "", "hostunknown")])
gmail("gmail-06.eml", "notdelivered", "vera@example.org", "5.7.1",
      "smtp; 554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
      "mx.zoho.com. (203.0.113.30, the server for the domain example.org.)",
      [E("5.7.1", "554", "spamdetected")])
gmail("gmail-07.eml", "notdelivered", "walt@example.org", "5.7.1",
      "smtp; 550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
      "mx01.mail.icloud.com. (203.0.113.158, the server for the domain example.org.)",
      [E("5.7.1", "550", "policyviolation")])
gmail("gmail-08.eml", "notfound", "xena@example.org", "5.1.1",
      "smtp; 550 5.1.1 <xena@example.org>: user does not exist",
      "mx02.mail.icloud.com. (203.0.113.157, the server for the domain example.org.)",
      [E("5.1.1", "550", "userunknown")])
gmail("gmail-09.eml", "blocked", "yuri@example.org", "5.7.9",
      "smtp; 554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes",
      "mta6.am0.yahoodns.net. (203.0.113.170, the server for the domain example.org.)",
      [E("5.7.9", "554", "policyviolation")])

# --------------------------------------------------------------------------
# Postfix-style DSNs (Proton, Fastmail, iCloud, SES...) carrying the words of
# Google, Yahoo, Tencent, NetEase, Mimecast, Proofpoint... as receivers
# --------------------------------------------------------------------------


def pfx(name, engine, reporter, frm, rcpts, expected, sender="quentin@example.com",
        subject="Undelivered Mail Returned to Sender", delayed=False, human=None, html=None):
    """rcpts: (addr, status, remote, diag)."""
    N[0] += 1
    date = "Thu, %d Jan 2026 08:%02d:44 +0000 (UTC)" % (N[0] % 27 + 1, N[0] % 60)
    if human is None:
        if delayed:
            human = ("This is the mail system at host %s.\n\n####################################"
                     "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO "
                     "RESEND YOUR MESSAGE. #\n###########################################"
                     "#########################\n\nYour message could not be delivered for more than 4 "
                     "hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, "
                     "please send mail to postmaster.\n\n                   The mail system\n\n" % reporter)
            for r in rcpts:
                human += "<%s>: host %s said:\n    %s (in reply to end of DATA command)\n" % (
                    r[0], r[2], r[3].split("; ", 1)[1])
        else:
            human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your "
                     "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                     "For further assistance, please send mail to postmaster.\n\nIf you do so, please "
                     "include this problem report. You can\ndelete your own text from the attached "
                     "returned message.\n\n                   The mail system\n\n" % reporter)
            for r in rcpts:
                human += "<%s>: host %s said:\n    %s (in reply to RCPT TO command)\n" % (
                    r[0], r[2], r[3].split("; ", 1)[1])
    first = multipart("alternative", [enc_part("text/plain", human, "7bit"),
                                      enc_part("text/html", html, "base64")], "palt_%04d" % N[0]) \
        if html else "Content-Description: Notification\n" + enc_part("text/plain", human, "7bit")
    fields = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4Qx%04dZ1Kz\nX-Postfix-Sender: rfc822; %s\n"
              "Arrival-Date: %s\n" % (reporter, N[0], sender, date))
    for r in rcpts:
        fields += ("\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\n"
                   "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: %s\n" % (
                       r[0], r[0], "delayed" if delayed else "failed", r[1], r[2], r[3]))
        if delayed:
            fields += "Will-Retry-Until: %s\n" % date.replace("Thu", "Tue")
    hdr = headers(frm, sender, "Delayed Mail (still being retried)" if delayed else subject, date,
                  "20260101%04d.4Qx%04d@%s" % (N[0], N[0], reporter), ["Auto-Submitted: auto-replied"])
    msg = hdr + multipart("report", [first, "Content-Description: %s report\nContent-Type: message/delivery-status\n\n"
                                     % ("Delay" if delayed else "Delivery") + fields,
                                     orig_headers(sender, ", ".join(r[0] for r in rcpts), "Offer", date)],
                          "prep_%04d" % N[0], "; report-type=delivery-status")
    add(name, engine, msg, expected)


PROTON = ("mail.protonmail.ch", "Mail Delivery System <MAILER-DAEMON@protonmail.com>")
FASTM = ("mailout.messagingengine.com", "Mail Delivery System <MAILER-DAEMON@messagingengine.com>")
GMX = "gmail-smtp-in.l.google.com[203.0.113.151]"
ASPMX = "aspmx.l.google.com[203.0.113.152]"

pfx("google-01.eml", "Google", *PROTON,
    [("alice@example.org", "5.7.26", ASPMX,
      "smtp; 550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n 550-5.7.26 DMARC policy. Please contact the administrator of example.com domain\n 550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative,\n 550 5.7.26 go to https://support.google.com/mail/?p=DmarcRejection d2e1a72fcca58-7b9f1234abcsi123456b3a.321 - gsmtp")],
    [E("5.7.26", "550", "authfailure")])
pfx("google-02.eml", "Google", *FASTM,
    [("brian@example.org", "5.7.1", GMX,
      "smtp; 550-5.7.1 [198.51.100.77] Gmail has detected that this message is likely\n 550-5.7.1 suspicious due to the very low reputation of the sending IP address.\n 550-5.7.1 To best protect our users from spam, the message has been blocked.\n 550 5.7.1 For more information, go to https://support.google.com/mail/answer/188131 41be03b00d2f7-5e3c1a1b2c3si1234567a12.150 - gsmtp")],
    [E("5.7.1", "550", "badreputation")])
pfx("google-03.eml", "Google", *PROTON,
    [("clara@example.org", "5.7.1", GMX,
      "smtp; 550-5.7.1 [198.51.100.78] Our system has detected that this message is\n 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n 550-5.7.1 this message has been blocked. For more information, go to\n 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 5b1f17b1804b1-43a1b2c3d4esi12345f9.12 - gsmtp")],
    [E("5.7.1", "550", "spamdetected")])
pfx("google-04.eml", "Google", *FASTM,
    [("dora@example.org", "5.2.2", GMX,
      "smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.\n 552-5.2.2 Please direct the recipient to\n 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 98e67ed59e1d1-2ef1a2b3c4dsi1234567a91.123 - gsmtp")],
    [E("5.2.2", "552", "mailboxfull")])
pfx("google-05.eml", "Google", *PROTON,
    [("eric@example.org", "4.2.1", GMX,
      "smtp; 450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n 450-4.2.1 prevents additional messages from being delivered. Please resend your\n 450-4.2.1 message at a later time. If the user is able to receive mail at that\n 450-4.2.1 time, your message will be delivered. For more information, go to\n 450 4.2.1  https://support.google.com/mail/?p=ReceivingRate a640c23a62f3a-abc123si12345f.321 - gsmtp")],
    [E("4.2.1", "450", "speeding")], delayed=True)
pfx("google-06.eml", "Google", *FASTM,
    [("fiona@example.org", "5.7.0", GMX,
      "smtp; 550-5.7.0 This mail has been blocked because the sender is unauthenticated.\n 550-5.7.0 Gmail requires all senders to authenticate with either SPF or DKIM.\n 550-5.7.0 \n 550-5.7.0  Authentication results:\n 550-5.7.0  DKIM = did not pass\n 550-5.7.0  SPF [example.com] with ip: [198.51.100.80] = did not pass\n 550-5.7.0 \n 550-5.7.0  For instructions on setting up authentication, go to\n 550 5.7.0  https://support.google.com/mail/answer/81126#authentication 6a1803df08f44-6e8f1a2b3c4si123456d6.210 - gsmtp")],
    [E("5.7.0", "550", "authfailure")])
pfx("google-07.eml", "Google", *PROTON,
    [("gina@example.org", "5.7.27", ASPMX,
      "smtp; 550-5.7.27 The sender address <quentin@example.com> does not pass SPF.\n 550-5.7.27 To best protect our users from spam and phishing, the message has\n 550-5.7.27 been blocked. For instructions on setting up authentication, go to\n 550 5.7.27  https://support.google.com/mail/answer/81126#authentication d9443c01a7336-21f1a2b3c4dsi123456ad.100 - gsmtp")],
    [E("5.7.27", "550", "authfailure")])
pfx("google-08.eml", "Google", *FASTM,
    [("hugo@example.org", "5.7.30", GMX,
      "smtp; 550-5.7.30 This message does not have authentication information or fails\n 550-5.7.30 to pass authentication checks (DKIM). To best protect our users from\n 550-5.7.30 spam, the message has been blocked. Please visit\n 550 5.7.30  https://support.google.com/mail/answer/81126#authentication 5b1f17b1804b1-4361a2b3c4dsi123456785e.300 - gsmtp")],
    [E("5.7.30", "550", "authfailure")])
pfx("google-09.eml", "Google", *PROTON,
    [("iris@example.org", "4.7.32", GMX,
      "smtp; 421-4.7.32 Your email has been rate limited because the From: header (RFC5322)\n 421-4.7.32 in this message isn't aligned with either the authenticated SPF or DKIM\n 421-4.7.32 organizational domain. To learn more about DMARC alignment, visit\n 421 4.7.32  https://support.google.com/a?p=dmarc-alignment 00721157ae682-6f1a2b3c4d5si12345677b7.500 - gsmtp")],
    [E("4.7.32", "421", "authfailure")], delayed=True)
pfx("google-10.eml", "Google", *FASTM,
    [("jack@example.org", "5.7.28", GMX,
      "smtp; 550-5.7.28 [198.51.100.81] Our system has detected an unusual rate of\n 550-5.7.28 unsolicited mail originating from your IP address. To protect our\n 550-5.7.28 users from spam, mail sent from your IP address has been blocked.\n 550-5.7.28 Please visit\n 550 5.7.28  https://support.google.com/mail/?p=UnsolicitedIPError 2adb3069b0e04-54a1b2c3d4esi1234567e87.345 - gsmtp")],
    [E("5.7.28", "550", "blocked")])
pfx("google-11.eml", "Google", *PROTON,
    [("kate@example.org", "5.7.25", ASPMX,
      "smtp; 550-5.7.25 [198.51.100.82] The IP address sending this message does not have a\n 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages\n 550-5.7.25 from IPs with missing PTR records. For more information, go to\n 550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices 4fb4d7f45d1cf-5d0a1b2c3d4si1234567a12.77 - gsmtp")],
    [E("5.7.25", "550", "requireptr")])
pfx("google-12.eml", "Google", *FASTM,
    [("leo@example.org", "5.1.1", GMX,
      "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more information, go to\n 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 98e67ed59e1d1-2fa1b2c3d4esi1234567a91.111 - gsmtp"),
     ("mona@example.org", "5.2.1", GMX,
      "smtp; 550-5.2.1 The email account that you tried to reach is inactive.\n 550-5.2.1 For more information, go to\n 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 98e67ed59e1d1-2fa1b2c3d4esi1234567a91.112 - gsmtp")],
    [E("5.1.1", "550", "userunknown"), E("5.2.1", "550", "suspend")])

# Yahoo / AOL as the receiver
pfx("yahoo-01.eml", "Yahoo", *PROTON,
    [("nora@example.org", "5.7.9", "mta7.am0.yahoodns.net[203.0.113.171]",
      "smtp; 554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes")],
    [E("5.7.9", "554", "policyviolation")])
pfx("yahoo-02.eml", "Yahoo", *FASTM,
    [("owen@example.org", "4.7.0", "mta5.am0.yahoodns.net[203.0.113.173]",
      "smtp; 421 4.7.0 [TSS04] Messages from 198.51.100.90 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")],
    [E("4.7.0", "421", "badreputation")], delayed=True)
pfx("yahoo-03.eml", "Yahoo", *PROTON,
    [("pam@example.org", "5.7.2", "mx-aol.mail.gm0.yahoodns.net[203.0.113.172]",
      "smtp; 553 5.7.2 [TSS09] All messages from 198.51.100.91 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes")],
    [E("5.7.2", "553", "blocked")])

# iCloud as the receiver
pfx("icloud-01.eml", "Apple", *FASTM,
    [("ray@example.org", "5.7.1", "mx01.mail.icloud.com[203.0.113.159]",
      "smtp; 554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137")],
    [E("5.7.1", "554", "policyviolation")])
pfx("icloud-02.eml", "Apple", *PROTON,
    [("sara@example.org", "5.2.2", "mx02.mail.icloud.com[203.0.113.156]",
      "smtp; 552 5.2.2 <sara@example.org>: user is over quota")],
    [E("5.2.2", "552", "mailboxfull")])

# Fastmail / Proton as receivers
pfx("fastmail-01.eml", "Fastmail", *PROTON,
    [("tina@example.org", "5.2.1", "in1-smtp.messagingengine.com[203.0.113.150]",
      "smtp; 550 5.2.1 <tina@example.org>: This account has been disabled or discontinued")],
    [E("5.2.1", "550", "suspend")])
pfx("proton-01.eml", "Proton", *FASTM,
    [("ulla@example.org", "5.1.1", "mail.protonmail.ch[203.0.113.161]",
      "smtp; 550 5.1.1 <ulla@example.org>: Recipient address rejected: Address does not exist")],
    [E("5.1.1", "550", "userunknown")])

# Tencent / QQ and NetEase as receivers (no enhanced status in their replies)
pfx("qq-01.eml", "Tencent", *PROTON,
    [("10001@example.org", "5.0.0", "mxbiz1.qq.com[203.0.113.163]",
      "smtp; 550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728")],
    [E("5.0.0", "550", "userunknown")])
pfx("qq-02.eml", "Tencent", *FASTM,
    [("10002@example.org", "5.0.0", "mx3.qq.com[203.0.113.160]",
      "smtp; 550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722")],
    [E("5.0.0", "550", "toomanyconn")])
pfx("netease-01.eml", "NetEase", *PROTON,
    [("wang@example.org", "5.0.0", "163mx01.mxmail.netease.com[203.0.113.166]",
      "smtp; 554 DT:SPM 163 mx23,PcCowADXnEcKBpZlj3cvBA--.12345S2 1704067200, please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.95&hostid=mx23&time=1704067200")],
    [E("5.0.0", "554", "spamdetected")])
pfx("netease-02.eml", "NetEase", *FASTM,
    [("li@example.org", "5.0.0", "163mx02.mxmail.netease.com[203.0.113.167]",
      "smtp; 550 MI:NHD 163 mx02,PcCowAA3xyz1234 1704067201, HELO/EHLO hostname is not valid, please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.96&hostid=mx02&time=1704067201")],
    [E("5.0.0", "550", "blocked")])

# Mimecast, Proofpoint, Barracuda, Cloudflare as receivers
pfx("mimecast-01.eml", "Mimecast", *PROTON,
    [("victor@example.org", "5.0.0", "eu-smtp-inbound-1.mimecast.com[203.0.113.162]",
      "smtp; 550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [x9Ab_cD3Nf2kL1mNoPqRsT.uk1]")],
    [E("5.0.0", "550", "rejected")])
pfx("mimecast-02.eml", "Mimecast", *FASTM,
    [("wendy@example.org", "5.0.0", "us-smtp-inbound-2.mimecast.com[203.0.113.164]",
      "smtp; 550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [aB1cD2eF3gH4iJ5kL6mN7o.us48]")],
    [E("5.0.0", "550", "userunknown")])
pfx("proofpoint-01.eml", "Proofpoint", *PROTON,
    [("xavier@example.org", "5.7.1", "mx0a-00123456.pphosted.com[203.0.113.153]",
      "smtp; 554 5.7.1 [P4] Message blocked due to spam content in the message.")],
    [E("5.7.1", "554", "spamdetected")])
pfx("proofpoint-02.eml", "Proofpoint", *FASTM,
    [("yvonne@example.org", "5.7.1", "mx0b-00123456.pphosted.com[203.0.113.154]",
      "smtp; 554 5.7.1 <yvonne@example.org>: Message rejected by policy")],
    [E("5.7.1", "554", "policyviolation")])
pfx("barracuda-01.eml", "Barracuda", *PROTON,
    [("zack@example.org", "5.7.1", "d123456a.ess.barracudanetworks.com[203.0.113.165]",
      "smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.97] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.97")],
    [E("5.7.1", "554", "blocked")])
pfx("cloudflare-01.eml", "Cloudflare", *FASTM,
    [("abby@example.org", "5.7.26", "route1.mx.cloudflare.net[203.0.113.155]",
      "smtp; 550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain. If this was a legitimate mail please visit [Email Routing] https://developers.cloudflare.com/email-routing/postmaster/ to learn about the DMARC initiative.")],
    [E("5.7.26", "550", "authfailure")])
pfx("alimail-01.eml", "Alibaba", *PROTON,
    [("chen@example.org", "5.0.0", "mx1.qiye.aliyun.com[203.0.113.169]",
      "smtp; 551 virtual account not exist")],
    [E("5.0.0", "551", "userunknown")])

# Amazon SES as the sender (its own DSN wording)
ses_human = ("An error occurred while trying to deliver the mail to the following recipients:\n"
             "ben@example.org\n")
pfx("ses-01.eml", "AmazonSES", "a8-12.smtp-out.amazonses.com",
    "MAILER-DAEMON@amazonses.com",
    [("ben@example.org", "5.1.1", "mx.example.org",
      "smtp; 550 5.1.1 <ben@example.org>: Recipient address rejected: User unknown in local recipient table")],
    [E("5.1.1", "550", "userunknown")], subject="Delivery Status Notification (Failure)", human=ses_human)
ses_human2 = ("An error occurred while trying to deliver the mail to the following recipients:\n"
              "cleo@example.org\n")
pfx("ses-02.eml", "AmazonSES", "a8-13.smtp-out.amazonses.com",
    "MAILER-DAEMON@amazonses.com",
    [("cleo@example.org", "5.2.2", "example-org.mail.protection.outlook.com",
      "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception")],
    [E("5.2.2", "554", "mailboxfull")], subject="Delivery Status Notification (Failure)", human=ses_human2)

# SendGrid bounce forwarding DSN, with an HTML alternative
sg_html = ("<html><body><table><tr><td><h1>Your message could not be delivered</h1></td></tr>"
           "<tr><td>dan@example.org</td><td>550 5.1.1 The email account that you tried to reach does "
           "not exist.</td></tr></table></body></html>")
pfx("sendgrid-01.eml", "SendGrid", "smtp.sendgrid.net", "SendGrid <no-reply@sendgrid.net>",
    [("dan@example.org", "5.1.1", GMX,
      "smtp; 550 5.1.1 The email account that you tried to reach does not exist.")],
    [E("5.1.1", "550", "userunknown")], subject="Undelivered Mail Returned to Sender",
    human="Your message could not be delivered to the following recipient:\n\ndan@example.org\n",
    html=sg_html)

# --------------------------------------------------------------------------
# Plain-text or HTML-only bounces without a delivery-status part
# --------------------------------------------------------------------------


def plain_msg(name, engine, frm, to, subject, date, body, expected, ctype="text/plain", cs="utf-8",
              enc="base64", extra=()):
    N[0] += 1
    msg = headers(frm, to, subject, date, "plain%04d@bounce.example" % N[0], list(extra)) + \
        enc_part(ctype, body, enc, cs)
    add(name, engine, msg, expected)


# Yahoo as the sender
plain_msg("yahoo-04.eml", "Yahoo", "MAILER-DAEMON@yahoo.com", "rob@example.com",
          "Failure Notice", "Sat, 4 Jan 2025 12:00:00 +0000",
          "Sorry, we were unable to deliver your message to the following address.\n\n"
          "<gus@example.org>:\n550: 5.1.1 <gus@example.org>: Recipient address rejected: User unknown in virtual alias table\n\n"
          "--- Below this line is a copy of the message.\n\nReceived: from 198.51.100.5 by "
          "sonic.gate.mail.ne1.yahoo.com with HTTP; Sat, 4 Jan 2025 11:59:58 +0000\n"
          "From: rob@example.com\nTo: gus@example.org\nSubject: hello\n\nhi\n",
          [E("5.1.1", "550", "userunknown")], enc="7bit")

# Zoho as the sender
plain_msg("zoho-01.eml", "Zoho", "mailer-daemon@mail.zoho.com", "hana@example.com",
          "Undelivered Mail Returned to Sender", "Sun, 5 Jan 2025 09:00:00 +0000",
          "This message was created automatically by mail delivery software.\n"
          "A message that you sent could not be delivered to one or more of its recipients. "
          "This is a permanent error.\n\nivy@example.org, ERROR CODE :550 - 5.1.1 <ivy@example.org>: "
          "Recipient address rejected: User unknown in local recipient table\n\n"
          "Received:from mail.zoho.com by mx.zohomail.com\n\twith SMTP id 1736067600123456.789 "
          "for <ivy@example.org>; Sun, 5 Jan 2025 09:00:00 +0000\nFrom: hana@example.com\n"
          "To: ivy@example.org\nSubject: Meeting\n",
          [E("5.1.1", "550", "userunknown")], enc="qp")

# Tencent QQ mail as the sender, Chinese, GB18030
qq_body = ("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n被退回的邮件\n"
           "主　　题：合同草案\n时　　间：2025年3月3日(星期一) 上午10:12\n收件人：jun@example.org\n\n"
           "退信原因\n发件人（11223344@qq.com）邮件发送失败\n收件人（jun@example.org）不存在\n\n"
           "建议解决方案\n请检查收件人地址是否正确。\n\n此外，您还可以 点击这里 获取更多关于退信的帮助信息。\n\n"
           "===================================\n\n"
           "以下为发送失败原因：\nDelivery to the following recipient failed permanently:\n\n"
           "    jun@example.org\n\nTechnical details of permanent failure:\n"
           "DNS [MX: mx.example.org]\nRemote server returned: 550 5.1.1 <jun@example.org>: "
           "Recipient address rejected: User unknown in virtual mailbox table\n")
plain_msg("qq-03.eml", "Tencent", "\"QQ邮箱系统\" <PostMaster@qq.com>", "11223344@qq.com",
          "=?gb18030?B?" + base64.b64encode("退信".encode("gb18030")).decode() + "?=",
          "Mon, 3 Mar 2025 10:12:30 +0800", qq_body,
          [E("5.1.1", "550", "userunknown")], cs="gb18030")

# NetEase 163 as the sender, Chinese, GBK, HTML only
ne_html = ("<html><head><meta charset=\"gbk\"></head><body><div style=\"font-size:14px\">"
           "<p><b>系统退信</b></p><p>很抱歉，您的邮件无法送达以下收件人：</p>"
           "<p>收件人：ming@example.org</p><p>退信原因：收件人邮箱已满，对方暂时无法接收邮件。</p>"
           "<p>服务器返回信息：552 5.2.2 &lt;ming@example.org&gt;: Mailbox full</p>"
           "<p>发送时间：2025-03-05 14:20:11</p><p>网易邮箱团队</p></div></body></html>")
plain_msg("netease-03.eml", "NetEase", "\"网易邮件中心\" <postmaster@163.com>", "sender@163.com",
          "=?GBK?B?" + base64.b64encode("系统退信".encode("gbk")).decode() + "?=",
          "Wed, 5 Mar 2025 14:20:30 +0800", ne_html,
          [E("5.2.2", "552", "mailboxfull")], ctype="text/html", cs="gbk")

# Alibaba Mail (Qiye) as the sender, Chinese UTF-8 HTML, with the English summary
ali_html = ("<html><body><p>您好，您发送的邮件未能成功投递到以下收件人。</p>"
            "<p>Your message was not delivered to the following recipients.</p><table>"
            "<tr><td>收件人 / Recipient</td><td>fang@example.net</td></tr>"
            "<tr><td>原因 / Reason</td><td>554 5.7.1 Email rejected due to spam content (IP: 198.51.100.120)</td></tr>"
            "<tr><td>主题 / Subject</td><td>报价单</td></tr></table>"
            "<p>阿里邮箱 Alibaba Mail</p></body></html>")
plain_msg("alimail-02.eml", "Alibaba", "\"系统退信\" <postmaster@example-ali.example>", "sales@example.com",
          "=?UTF-8?B?" + base64.b64encode("系统退信 / Undelivered Mail".encode()).decode() + "?=",
          "Fri, 7 Mar 2025 16:00:00 +0800", ali_html,
          [E("5.7.1", "554", "spamdetected")], ctype="text/html",
          extra=["X-Mailer: Alimail-Mailagent", "Received: from mx1.qiye.aliyun.com by mx.example.com"])

# --------------------------------------------------------------------------
# Non-failures: an auto-reply, a success DSN
# --------------------------------------------------------------------------

plain_msg("autoreply-01.eml", "RFC3834", "Lisa Park <lisa@example.org>", "anna@example.com",
          "Automatic reply: Quarterly report", "Mon, 10 Mar 2025 08:00:00 +0000",
          "<html><body><p>Hello,</p><p>I am out of the office until 17 March with limited access to "
          "email. For urgent matters please contact support@example.org.</p><p>Best regards,<br>Lisa"
          "</p></body></html>",
          [E("", "", "vacation", False)], ctype="text/html", enc="qp",
          extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                 "X-MS-Exchange-Inbox-Rules-Loop: lisa@example.org", "In-Reply-To: <q1@example.com>"])

N[0] += 1
succ = (headers("Mail Delivery System <MAILER-DAEMON@mail.protonmail.ch>", "quentin@example.com",
                "Successful Mail Delivery Report", "Tue, 11 Mar 2025 09:00:00 +0000",
                "succ@mail.protonmail.ch", ["Auto-Submitted: auto-replied"]) +
        multipart("report", [
            enc_part("text/plain", "This is the mail system at host mail.protonmail.ch.\n\nYour message "
                     "was successfully delivered to the destination(s)\nlisted below. If the message was "
                     "delivered to mailbox you will\nreceive no further notifications. Otherwise you may "
                     "still receive\nnotifications of mail delivery errors from other systems.\n\n"
                     "                   The mail system\n\n<kai@example.org>: delivery via "
                     "mx.example.org[203.0.113.40]:25: 250 2.0.0 Ok: queued as 4R1Abc\n", "7bit"),
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.protonmail.ch\n"
            "X-Postfix-Queue-ID: 4R0Xyz\nArrival-Date: Tue, 11 Mar 2025 08:59:58 +0000\n\n"
            "Final-Recipient: rfc822; kai@example.org\nOriginal-Recipient: rfc822;kai@example.org\n"
            "Action: relayed\nStatus: 2.0.0\nRemote-MTA: dns; mx.example.org\n"
            "Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4R1Abc\n",
            orig_headers("quentin@example.com", "kai@example.org", "Contract", "Tue, 11 Mar 2025 08:59:58 +0000")],
            "succ_1", "; report-type=delivery-status"))
add("success-01.eml", "RFC3464", succ, [E("2.0.0", "250", "delivered", False)])

# --------------------------------------------------------------------------

write_set(OUT, SETS)
