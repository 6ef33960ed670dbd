#!/usr/bin/env python3
"""make_set.py: write blind23 (what is not a failure, and failures that
look like something else: auto-replies in many languages and shapes,
challenge-response requests, ticket acknowledgements, success DSNs, read
receipts, delay notices, ARF feedback reports and forwarded complaints;
and bounces disguised as auto-replies, plain webmail notices, HTML
newsletters and users' forwards) as emails/*.eml and labels.jsonl beside
this file.  Deterministic: no clock, no random; run it twice and the
bytes are the same.  Labels follow README.md's policy (Sisimai's reason
taxonomy, the corpus's label format; [] where no bounce is expected)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (Mime, E, POSTFIX_INTRO, SENDER, dsn, encode_body, fold, hdrs, mimeword,  # noqa: E402
                      mimewords, raw, rec, said, write_set)

OUT = os.path.dirname(os.path.abspath(__file__))
BODY = ("Hello,\n\nplease find attached invoice 2026-1142. The goods will be shipped on\n"
        "Tuesday; tell us if the delivery address has changed.\n\nBest regards,\nSender Example\n")
M = Mime("smtp-out3.example.com with ESMTPSA id 3E81B7C2", BODY,
         dkim_b="pQ4vN8xT2bR6mW1kL9sD3hF7uE5gA0jJ4oN2iT6rX8zC1yB5vD9eF7gH3kK2lM6nP0qS4uW8xA2bC6dE9fG1h==")
SETS = []
OSUBJ = "Invoice 2026-1142 and delivery schedule"
VAC = E("", "", "vacation")
FBK = E("", "", "feedback")


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def dt(n, mins=0):
    """A date of message n, mins minutes after the original was sent."""
    day = 23 + n % 4
    m = (n * 13) % 50 + mins
    return "%s, %02d Nov 2026 %02d:%02d:%02d +0000" % (
        ["Mon", "Tue", "Wed", "Thu"][day - 23], day, 8 + (n % 9) + m // 60, m % 60, (n * 29) % 60)


def omid(n):
    return "inv-%03d.%d@example.com" % (n, 5100 + n)


def mid(n, host):
    return "%08X.%d@%s" % (0x7A3C0000 + n * 1733, n, host)


def message(h, body):
    return "\n".join(h) + "\n" + body


def reply_hdrs(n, frm, subj, extra=(), rp=None, to=SENDER):
    """The header of a reply from frm (its Return-Path the address in frm
    unless rp) to the original of message n."""
    addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    return ["Return-Path: <%s>" % (addr if rp is None else rp), "Date: %s" % dt(n, 1), "From: %s" % frm,
            "To: %s" % to, "Subject: %s" % subj, "Message-ID: <%s>" % mid(n, addr.split("@")[1]),
            "In-Reply-To: <%s>" % omid(n), "References: <%s>" % omid(n)] + list(extra) + ["MIME-Version: 1.0"]


def text_msg(h, body, cs="utf-8", enc="8bit", ctype="text/plain"):
    cte, text = encode_body(body, enc, cs)
    return message(h + ["Content-Type: %s; charset=%s" % (ctype, cs), "Content-Transfer-Encoding: %s" % cte],
                   "\n" + text.rstrip("\n") + "\n")


def alt_msg(h, plain, html, bnd, cs="utf-8", enc="qp"):
    parts = [M.part("text/plain", plain, enc, cs), M.part("text/html", html, enc, cs)]
    return message(h, M.multipart("alternative", parts, bnd, preamble=""))


# --------------------------------------------------------------------------
# Auto-replies: out of office in many languages and shapes
# --------------------------------------------------------------------------

add("vacation-exchange-01", "RFC3834", text_msg(reply_hdrs(
    1, "Grace Holloway <g.holloway@example.org>", "Automatic reply: " + OSUBJ,
    ["Thread-Topic: " + OSUBJ, "Thread-Index: AQHbX2kLm4nPq7rS8tUv9wXyZ0A1Bw==", "Content-Language: en-US",
     "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "X-MS-Exchange-Inbox-Rules-Loop: g.holloway@example.org",
     "X-MS-Exchange-Organization-AutoReply: OOF", "Auto-Submitted: auto-generated",
     "X-Auto-Response-Suppress: All"]),
    "Thank you for your email. I am out of the office until Monday 7 December\n"
    "with limited access to email. For urgent matters please contact\n"
    "accounts@example.org.\n\nKind regards,\nGrace Holloway\n", "us-ascii", "qp"), [VAC])

add("vacation-exo-02", "RFC3834", alt_msg(reply_hdrs(
    2, "Pieter de Vries <p.devries@example.nl>", mimeword("Automatisch antwoord: " + OSUBJ, "utf-8", "Q"),
    ["Thread-Topic: " + OSUBJ, "Content-Language: nl-NL", "X-MS-Exchange-Organization-AutoReply: OOF",
     "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
     "X-MS-Exchange-CrossTenant-AuthAs: Internal"]),
    "Bedankt voor uw bericht. Ik ben afwezig tot en met 4 december en heb beperkt\n"
    "toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met\n"
    "inkoop@example.nl.\n\nMet vriendelijke groet,\nPieter de Vries\n",
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
    "<div>Bedankt voor uw bericht. Ik ben afwezig tot en met 4 december en heb beperkt toegang tot mijn "
    "e-mail.</div><div>Voor dringende zaken kunt u contact opnemen met inkoop@example.nl.</div>\n"
    "<div>Met vriendelijke groet,<br>Pieter de Vries</div></body></html>\n",
    "_000_AM0PR07MB4321B1C2D3E4F5A6B7C8D9E0AM0PR07MB4321eurp_"), [VAC])

add("vacation-gmail-03", "RFC3834", alt_msg(reply_hdrs(
    3, "Lucas Moreau <lucas.moreau.atelier@example.fr>", "Absent jusqu'au 8 =?UTF-8?Q?d=C3=A9cembre?=",
    ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]),
    "Bonjour,\n\nJe suis absent jusqu'au 8 décembre et je lirai votre message à mon retour.\n"
    "Pour toute urgence, merci d'appeler l'atelier au 01 23 45 67 89.\n\nLucas Moreau\n",
    "<div dir=\"ltr\">Bonjour,<br><br>Je suis absent jusqu'au 8 décembre et je lirai votre message à mon "
    "retour.<br>Pour toute urgence, merci d'appeler l'atelier au 01 23 45 67 89.<br><br>Lucas Moreau</div>\n",
    "000000000000a1b2c3062f4e5d6a", enc="qp"), [VAC])

add("vacation-zimbra-04", "RFC3834", text_msg(reply_hdrs(
    4, "Giulia Ferri <g.ferri@example.it>", "Fuori ufficio: " + OSUBJ,
    ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
     "X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)"]),
    "Gentile mittente,\n\nsono fuori ufficio fino al 2 dicembre. Durante la mia assenza potete\n"
    "scrivere a amministrazione@example.it.\n\nCordiali saluti,\nGiulia Ferri\n", "utf-8", "qp"), [VAC])

add("vacation-sieve-05", "RFC3834", text_msg(reply_hdrs(
    5, "jonas.berg@example.se", "Auto: " + OSUBJ,
    ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", "X-Sieve: Pigeonhole Sieve 0.5.19"]),
    "Hej!\n\nJag är på semester till och med den 30 november och läser inte min e-post.\n"
    "Brådskande ärenden: ring växeln, 08-123 45 67.\n\nJonas Berg\n", "utf-8", "8bit"), [VAC])

add("vacation-unix-06", "none", text_msg(
    ["Return-Path: <hwk@example.edu>", "Date: %s" % dt(6, 2), "From: hwk@example.edu (Harold Kimball)",
     "To: %s" % SENDER, "Subject: away from my mail", "Message-Id: <%s>" % mid(6, "example.edu"),
     "Precedence: junk", "MIME-Version: 1.0"],
    "I will not be reading my mail for a while, until about the 12th.\n"
    "Your mail regarding \"%s\" will be read when I return.\n\n-- hwk\n" % OSUBJ, "us-ascii", "7bit"), [])

add("vacation-procmail-07", "none", text_msg(
    ["Return-Path: <b.okafor@example.ng>", "Date: %s" % dt(7, 1), "From: b.okafor@example.ng",
     "To: %s" % SENDER, "Subject: Re: %s [autoreply]" % OSUBJ, "Message-ID: <%s>" % mid(7, "example.ng"),
     "In-Reply-To: <%s>" % omid(7), "X-Loop: b.okafor@example.ng", "Precedence: junk", "MIME-Version: 1.0"],
    "This is an automatic reply from a procmail recipe.\n\n"
    "I am travelling without reliable internet access until 3 December.\n"
    "Your message has been saved and I will answer it when I am back.\n\nBola Okafor\n", "us-ascii", "7bit"),
    [])

add("vacation-qq-08", "none", text_msg(reply_hdrs(
    8, "\"=?gb18030?B?wO7Pyw==?=\" <2850193647@qq.com>", mimewords("自动回复: " + OSUBJ, "gb18030"),
    ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]),
    "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。"
    "我将在假期结束后，尽快给您回复。\n", "gb18030", "base64"), [])

add("vacation-alimail-09", "RFC3834", alt_msg(reply_hdrs(
    9, "\"=?UTF-8?B?546L5pWP?=\" <wang.min@example.cn>", mimewords("自动回复：" + OSUBJ, "utf-8"),
    ["Auto-Submitted: auto-replied", "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.5;DS=CONTINUE",
     "X-Mailer: Alimail-Mailagent revision 4"]),
    "您好！我于11月26日至12月3日出差，期间邮件回复可能不及时。紧急事务请联系 zhao.lei@example.cn。\n\n王敏\n",
    "<div>您好！我于11月26日至12月3日出差，期间邮件回复可能不及时。紧急事务请联系 zhao.lei@example.cn。</div>"
    "<div><br></div><div>王敏</div>\n", "----=ALIBOUNDARY_55231_4a1c2b3d_6d7e8f90", enc="base64"), [VAC])

add("vacation-jp-10", "RFC3834", text_msg(reply_hdrs(
    10, "=?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEI1IRsoQg==?= <k.yamada@example.co.jp>",
    mimeword("自動応答: " + OSUBJ, "iso-2022-jp"), ["X-Autoreply: yes"]),
    "山田です。\n\n誠に恐れ入りますが、11月27日から12月1日まで不在にしております。\n"
    "12月2日以降に順次ご返信いたします。\n\nお急ぎの場合は、営業部（eigyo@example.co.jp）までご連絡ください。\n",
    "iso-2022-jp", "jis"), [VAC])

add("vacation-jp-11", "RFC3834", text_msg(reply_hdrs(
    11, "Sato Yui <y.sato@example.ne.jp>", mimeword("不在のお知らせ (Re: %s)" % OSUBJ, "utf-8"),
    ["Precedence: auto_reply"]),
    "佐藤です。ただいま育児休業中のため、メールを確認できません。\n"
    "2027年1月より復帰予定です。ご用件は総務部までお願いいたします。\n", "utf-8", "base64"), [VAC])

add("vacation-yandex-12", "RFC3834", text_msg(reply_hdrs(
    12, "=?utf-8?B?0JDQvdC90LAg0KHQvNC40YDQvdC+0LLQsA==?= <a.smirnova@example.ru>",
    mimewords("Автоответ: " + OSUBJ, "utf-8"), ["Auto-Submitted: auto-replied", "X-Yandex-Autoreply: yes"]),
    "Здравствуйте!\n\nЯ в отпуске до 5 декабря. По срочным вопросам обращайтесь к Петрову\n"
    "Ивану: i.petrov@example.ru.\n\nАнна Смирнова\n", "utf-8", "base64"), [VAC])

add("vacation-plain-13", "none", text_msg(reply_hdrs(
    13, "Mateus Costa <m.costa@example.com.br>", "Out of Office", []),
    "Obrigado pela sua mensagem. Estou fora do escritório até 1 de dezembro.\n"
    "Thank you for your message. I am out of the office until 1 December.\n", "utf-8", "qp"), [])

add("vacation-left-14", "RFC3834", text_msg(reply_hdrs(
    14, "Daniel Price <d.price@example.co.uk>", "Automatic reply: " + OSUBJ,
    ["X-MS-Exchange-Organization-AutoReply: OOF", "Auto-Submitted: auto-generated",
     "X-Auto-Response-Suppress: All"]),
    "Daniel Price has left Example Ltd and this mailbox is no longer monitored.\n"
    "Your email has not been forwarded. Please resend it to purchasing@example.co.uk.\n", "us-ascii", "7bit"),
    [VAC])

# --------------------------------------------------------------------------
# Challenge-response requests and ticket acknowledgements
# --------------------------------------------------------------------------

add("challenge-boxtrapper-01", "none", text_msg(
    ["Return-Path: <ines@example.pt>", "Date: %s" % dt(15, 1), "From: ines@example.pt",
     "To: %s" % SENDER, "Subject: Your email requires verification verify#2f0c9e41b7a35d86",
     "Message-ID: <%s>" % mid(15, "example.pt"), "X-Boxtrapper: 2f0c9e41b7a35d86", "MIME-Version: 1.0"],
    "The message you sent requires that you verify that you are a real live human being\n"
    "and not a spam source.\n\nTo complete this verification, simply reply to this message and leave the\n"
    "subject line intact or click the link below:\n\n"
    "https://example.pt:2096/cgi-sys/bxd.cgi?a=ines@example.pt&verify=2f0c9e41b7a35d86\n\n"
    "The headers of the message sent from your address are shown below:\n\n"
    "From %s %s\nSubject: %s\nTo: ines@example.pt\n" % (SENDER, dt(15), OSUBJ), "us-ascii", "7bit"), [])

add("challenge-tmda-02", "RFC3834", text_msg(
    ["Return-Path: <tom-confirm-1764152311.29331.a3f9c1@example.net>", "Date: %s" % dt(16, 1),
     "From: tom-confirm-1764152311.29331.a3f9c1@example.net (Tom Reinholt)", "To: %s" % SENDER,
     "Subject: Please confirm your message (%s)" % OSUBJ, "Message-ID: <%s>" % mid(16, "example.net"),
     "Auto-Submitted: auto-replied", "Precedence: bulk", "X-Delivery-Agent: TMDA/1.1.12 (Ladyburn)",
     "MIME-Version: 1.0"],
    "Hello,\n\nI am using a program to protect myself from junk mail. Your message\n"
    "has been held and will be delivered to me as soon as you confirm it.\n\n"
    "To confirm, simply reply to this message. Your original message will not be\n"
    "delivered unless you confirm within 14 days.\n", "us-ascii", "7bit"), [VAC])

add("ticket-zendesk-01", "RFC3834", alt_msg(reply_hdrs(
    17, "Vendor Support <support@vendor.example.net>", "[Vendor Support] Re: " + OSUBJ,
    ["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 7a41c2",
     "X-Zendesk-Email-Id: 01JD8Q2W7Y3X4Z5A6B7C8D9E0F"], rp="support+id48211@vendor.zendesk.com"),
    "##- Please type your reply above this line -##\n\nYour request (48211) has been received and is being "
    "reviewed by our\nsupport staff.\n\nTo add additional comments, reply to this email.\n",
    "<p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p><p>Your request (48211) has "
    "been received and is being reviewed by our support staff.</p><p>To add additional comments, reply to this "
    "email.</p>\n", "--==_mimepart_6746f2a1b3c4d_5e2f3b8c41297a", enc="qp"), [VAC])

add("ticket-jira-02", "RFC3834", alt_msg(reply_hdrs(
    18, "Example Service Desk <jira@example-desk.atlassian.net>", "[JIRA] (SD-1043) " + OSUBJ,
    ["Auto-Submitted: auto-generated", "Precedence: bulk", "X-JIRA-FingerPrint: 3d1f7a9b04c2e6815fa0",
     "X-Atlassian-Mail-Message-Id: 9c2e4f61-7a3b-4d8e-b1c5-0f6a2d9e8b73"]),
    "Thanks for contacting Example Service Desk. We've received your request SD-1043\n"
    "and we'll get back to you soon.\n\nView request: https://example-desk.atlassian.net/servicedesk/customer/"
    "portal/2/SD-1043\n",
    "<p>Thanks for contacting Example Service Desk. We've received your request <b>SD-1043</b> and we'll get "
    "back to you soon.</p>\n", "----=_Part_918273_1029384756.1764152400000", enc="qp"), [VAC])

add("ticket-otrs-03", "RFC3834", text_msg(reply_hdrs(
    19, "Example Helpdesk <helpdesk@example.at>", "[Ticket#2026112610000187] RE: " + OSUBJ,
    ["X-Loop: yes", "Precedence: bulk", "Auto-Submitted: auto-replied", "X-Mailer: OTRS Mail Service (6.0.34)",
     "X-Powered-By: OTRS - Open Ticket Request System (http://otrs.org/)"]),
    "This is an automatically generated response.\n\nYour request has been received and ticket number\n"
    "[Ticket#2026112610000187] has been assigned to it. Please keep this number\nin the subject of any "
    "further messages.\n\nYour Example Helpdesk Team\n", "utf-8", "qp"), [VAC])

# --------------------------------------------------------------------------
# Success DSNs, read receipts and delay notices
# --------------------------------------------------------------------------


def report(parts, bnd, rtype="delivery-status", preamble=None):
    return M.multipart("report", parts, bnd, params=" report-type=%s;" % rtype, preamble=preamble)


def exch_report(n, subj, text, recs, rmta="EXCH02.corp.example.com", ret="headers"):
    h = hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>", subj, dt(n, 1),
             mid(n, rmta), extra=["Thread-Topic: " + OSUBJ, "Auto-Submitted: auto-replied",
                                  "X-MS-Exchange-Organization-SCL: -1", "Content-Language: en-US"])
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (rmta, dt(n))
    parts = [M.part("text/plain", text, "qp", "us-ascii"),
             dsn(per, recs),
             M.returned(recs and "x@example.org", OSUBJ, dt(n), omid(n), ret)]
    return message(h, report(parts, "_000_%s_" % mid(n, "x").split(".")[0]))


add("delivered-exchange-01", "RFC3464", exch_report(
    20, "Delivered: " + OSUBJ,
    "Your message has been delivered to the following recipients:\n\nh.weber@example.com (h.weber@example.com)\n\n"
    "Subject: %s\n" % OSUBJ,
    [rec("h.weber@example.com", "delivered", "2.0.0", remote="EXCH02.corp.example.com", ftype="rfc822",
         orig_rcpt="rfc822;h.weber@example.com").replace("Original-Recipient: rfc822;rfc822;",
                                                          "Original-Recipient: rfc822;")]),
    [E("2.0.0", "", "delivered")])

add("relayed-exchange-02", "RFC3464", exch_report(
    21, "Relayed: " + OSUBJ,
    "Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
    "destination server:\n\nm.kaya@example.com.tr (m.kaya@example.com.tr)\n\nSubject: %s\n" % OSUBJ,
    [rec("m.kaya@example.com.tr", "relayed", "2.0.0", "250 2.6.0 <%s> Queued mail for delivery" % omid(21),
         remote="mx.example.com.tr")]),
    [E("2.0.0", "250", "delivered")])


def sendmail_ok(n, text, recs, subj="Return receipt"):
    host = "mail.example.com"
    qid = "5AQ8%02dLx0%05d" % (n, 31000 + n)
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, dt(n))
    parts = [M.part("text/plain", text), dsn(per, recs), M.returned("x@example.org", OSUBJ, dt(n), omid(n),
                                                                    "headers")]
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, subj, dt(n, 2), "%s@%s" % (qid, host),
             extra=["Auto-Submitted: auto-generated (relay)"])
    return message(h, report(parts, "%s.%d/%s" % (qid, 1764150000 + n, host)))


add("relayed-sendmail-03", "Sendmail", sendmail_ok(
    22, "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
    "   ----- The following addresses had successful delivery notifications -----\n"
    "<n.andersen@example.dk>  (relayed to non-DSN-aware mailer)\n\n"
    "   ----- Transcript of session follows -----\n<n.andersen@example.dk>... relayed; expect no further "
    "notifications\n" % dt(22),
    [rec("n.andersen@example.dk", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4Ym3Kq1bXz",
         remote="mx.example.dk", orig_rcpt=False)]),
    [E("2.0.0", "250", "delivered")])

add("expanded-postfix-04", "Postfix", message(
    hdrs("MAILER-DAEMON@lists.example.org (Mail Delivery System)", "Successful Mail Delivery Report", dt(23, 1),
         "4ZpQ8r1MxLz@lists.example.org", extra=["Auto-Submitted: auto-replied"]),
    report([M.part("text/plain", "This is the mail system at host lists.example.org.\n\n"
                   "Your message was successfully delivered to the destination(s)\nlisted below. If the message was "
                   "delivered to mailbox you will receive no\nfurther notifications. Otherwise you may still receive "
                   "notifications of mail\ndelivery errors from other systems.\n\n                   The mail system\n\n"
                   "<sales@lists.example.org>: alias expanded\n",
                   extra=["Content-Description: Notification"]),
            dsn("Reporting-MTA: dns; lists.example.org\nX-Postfix-Queue-ID: 4ZpQ8r1MxLz\n"
                "X-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (SENDER, dt(23)),
                [rec("sales@lists.example.org", "expanded", "2.0.0", "alias expanded", dtype="X-Postfix")],
                desc="Delivery report"),
            M.returned("sales@lists.example.org", OSUBJ, dt(23), omid(23), "headers",
                       desc="Message Headers")],
           "4ZpQ8r1MxLz.1764150023/lists.example.org", preamble="This is a MIME-encapsulated message.\n")),
    [E("2.0.0", "", "delivered")])


def mdn(n, frm, subj, text, disp, ua, extra=(), text_cs="utf-8", text_enc="7bit"):
    addr = frm.split("<")[-1].rstrip(">")
    h = reply_hdrs(n, frm, subj, extra)
    fields = ("Reporting-UA: %s\nOriginal-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\n"
              "Original-Message-ID: <%s>\nDisposition: %s\n" % (ua, addr, addr, omid(n), disp))
    parts = [M.part("text/plain", text, text_enc, text_cs), raw(["Content-Type: message/disposition-notification"],
                                                                fields),
             M.returned(addr, OSUBJ, dt(n), omid(n), "headers")]
    return message(h, report(parts, "------------%06dA1B2C3D4E5F6" % (n * 7919), "disposition-notification"))


add("mdn-thunderbird-01", "none", mdn(
    24, "Eva Novak <e.novak@example.cz>", "Return Receipt (displayed) - " + OSUBJ,
    "This is a Return Receipt for the mail that you sent to <e.novak@example.cz>.\n\n"
    "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
    "There is no guarantee that the recipient has read or understood the message contents.\n",
    "manual-action/MDN-sent-manually; displayed", "example.cz; Thunderbird 128.5.0")
    , [])

add("mdn-outlook-02", "none", mdn(
    25, "Robert Lang <r.lang@example.de>", "Read: " + OSUBJ,
    "Your message\n\n  To: Robert Lang\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (OSUBJ, dt(25),
                                                                                       dt(25, 40)),
    "automatic-action/MDN-sent-automatically; displayed", "EXCH05.example.de",
    ["Thread-Topic: " + OSUBJ, "X-MS-Exchange-Organization-AuthAs: Internal"]), [])

add("mdn-outlook-03", "none", mdn(
    26, "Sofia Lindberg <s.lindberg@example.fi>", "Not read: " + OSUBJ,
    "Your message\n\n  To: Sofia Lindberg\n  Subject: %s\n  Sent: %s\n\nwas deleted without being read on %s.\n"
    % (OSUBJ, dt(26), dt(26, 45)),
    "automatic-action/MDN-sent-automatically; deleted", "EXCH01.example.fi",
    ["Thread-Topic: " + OSUBJ]), [])

add("receipt-notes-04", "none", text_msg(
    ["Return-Path: <f.marino@example.ch>", "Date: %s" % dt(27, 30), "From: Fabio Marino <f.marino@example.ch>",
     "To: %s" % SENDER, "Subject: Return Receipt", "Message-ID: <OF3A1B2C4D.5E6F7A8B-ON%05d@example.ch>" % (27 * 97),
     "X-Mailer: HCL Notes Release 12.0.2 November 03, 2022", "MIME-Version: 1.0"],
    "Your document:\t%s\nwas received by:\tFabio Marino/Example/CH\nat:\t%s\n" % (OSUBJ, dt(27, 30)),
    "us-ascii", "7bit"), [])


def gmail_delay(n, rcpt, reply, status, subj="Delivery Status Notification (Delay)"):
    host = "mx.google.com"
    text = ("** Message delayed **\n\nThere was a temporary problem delivering your message to %s. Gmail will "
            "retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
            "The response was:\n\n%s\n" % (rcpt, reply))
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s" % dt(n)
    r = rec(rcpt, "delayed", status, reply, remote=None, last=dt(n, 200),
            extra=["Will-Retry-Until: Sat, 28 Nov 2026 08:00:00 -0800 (PST)"])
    parts = [M.part("text/plain", text, "qp", "UTF-8"), dsn(per, [r]),
             M.returned(rcpt, OSUBJ, dt(n), omid(n), "message")]
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subj, dt(n, 240), mid(n, host),
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied"])
    return message(h, report(parts, "000000000000%08x0627a1" % (n * 104729)))


add("delay-gmail-01", "Gmail", gmail_delay(
    28, "r.tanaka@example.jp", "452 4.2.2 <r.tanaka@example.jp>: Mailbox full, please try again later", "4.2.2"),
    [E("4.2.2", "452", "mailboxfull")])

add("delay-exo-02", "RFC3464", message(
    hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
         "Delivery delayed:" + OSUBJ, dt(29, 250), mid(29, "EUR03.prod.outlook.com"),
         extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"]),
    report([M.part("text/plain", "Delivery is delayed to these recipients or groups:\n\nc.ortiz@example.es "
                   "(c.ortiz@example.es)\n\nSubject: %s\n\nThis message hasn't been delivered yet. Delivery will "
                   "continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 "
                   "days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that "
                   "time.\n\nDiagnostic information for administrators:\n\nServer at example.es (203.0.113.140) "
                   "returned '451 4.7.500 Server busy. Please try again later from [40.107.22.91]. (S77714)'\n"
                   % OSUBJ, "qp", "us-ascii"),
            dsn("Reporting-MTA: dns;AM9PR03MB7421.eurprd03.prod.outlook.com\nArrival-Date: %s" % dt(29),
                [rec("c.ortiz@example.es", "delayed", "4.7.500",
                     "451 4.7.500 Server busy. Please try again later from [40.107.22.91]. (S77714)",
                     remote="mx.example.es", extra=["Will-Retry-Until: %s" % dt(29, 2880)])]),
            M.returned("c.ortiz@example.es", OSUBJ, dt(29), omid(29), "headers")],
           "_000_AM9PR03MB74210C1D2E3F4A5B6C7D8E9F0A1B2AM9PR03MB7421eurp_")),
    [E("4.7.500", "451", "securityerror")])

add("delay-sendmail-03", "Sendmail", message(
    hdrs("Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>",
         "Warning: could not send message for past 4 hours", dt(30, 245), "5AQ8%02dWx0%05d@mail.example.com" % (30, 31030),
         extra=["Auto-Submitted: auto-generated (warning-timeout)"]),
    report([M.part("text/plain", "    **********************************************\n"
                   "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                   "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                   "    **********************************************\n\n"
                   "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                   "   ----- Transcript of session follows -----\n"
                   "<o.hansen@example.no>... Deferred: 450 4.2.1 <o.hansen@example.no>: Recipient address "
                   "rejected: Mailbox temporarily disabled\n"
                   "Warning: message still undelivered after 4 hours\n"
                   "Will keep trying until message is 5 days old\n" % dt(30)),
            dsn("Reporting-MTA: dns; mail.example.com\nArrival-Date: %s" % dt(30),
                [rec("o.hansen@example.no", "delayed", "4.2.1",
                     "450 4.2.1 <o.hansen@example.no>: Recipient address rejected: Mailbox temporarily disabled",
                     remote="mx.example.no", orig_rcpt=False, last=dt(30, 240),
                     extra=["Will-Retry-Until: %s" % dt(30, 7200)])]),
            M.returned("o.hansen@example.no", OSUBJ, dt(30), omid(30), "headers")],
           "5AQ8%02dWx0%05d.%d/mail.example.com" % (30, 31030, 1764150030))),
    [E("4.2.1", "450", "suspend")])

# --------------------------------------------------------------------------
# Feedback reports (ARF) and forwarded complaints
# --------------------------------------------------------------------------


def arf(n, frm, subj, text, fields, rcpt, kind="message", extra=(), text_cs="us-ascii", text_enc="7bit"):
    h = hdrs(frm, subj, dt(n, 90), mid(n, frm.split("@")[-1].rstrip(">")), to="fbl@example.com",
             extra=list(extra), rp="<>")
    parts = [M.part("text/plain", text, text_enc, text_cs), raw(["Content-Type: message/feedback-report"], fields),
             M.returned(rcpt, "Black Friday: 40% off everything", dt(n), "news-%03d@example.com" % n, kind)]
    return message(h, report(parts, "----=_ARF_%05d_%d" % (n * 31, 1764150000 + n), "feedback-report"))


def fbfields(ftype, ua, rcpt, n, more=()):
    return "\n".join(["Feedback-Type: %s" % ftype, "User-Agent: %s" % ua, "Version: 1",
                      "Original-Mail-From: <bounces+%d@example.com>" % n, "Original-Rcpt-To: <%s>" % rcpt,
                      "Arrival-Date: %s" % dt(n), "Source-IP: 192.0.2.10", "Reported-Domain: example.com"]
                     + list(more)) + "\n"


add("arf-yahoo-01", "ARF", arf(
    31, "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", "FW: Black Friday: 40% off everything",
    "This is an email abuse report for an email message received from IP 192.0.2.10 on %s.\n"
    "For more information about this format please see http://www.mipassoc.org/arf/.\n" % dt(31),
    fbfields("abuse", "Yahoo!-Mail-Feedback/2.0", "kimberly.ross1987@yahoo.com", 31,
             ["Authentication-Results: mta1012.mail.gq1.yahoo.com; dkim=pass header.d=example.com"]),
    "kimberly.ross1987@yahoo.com"), [FBK])

add("arf-jmrp-02", "ARF", arf(
    32, "staff@hotmail.com", "complaint about message from 192.0.2.10",
    "This is an email abuse report for an email message received from IP 192.0.2.10 on %s.\n"
    "This message was reported by a user of Outlook.com through the Junk Mail Reporting Program.\n" % dt(32),
    fbfields("abuse", "Microsoft Junk Mail Reporting Program", "m.alvarez@outlook.com", 32),
    "m.alvarez@outlook.com", extra=["X-HmXmrOriginalRecipient: <m.alvarez@outlook.com>"]), [FBK])

add("arf-fraud-03", "ARF", arf(
    33, "Brand Protection <reports@phishwatch.example.net>", "Fraud report: message claiming to be from example.com",
    "A message sent from your network was reported as fraud (phishing).\nThe reported message is attached.\n",
    fbfields("fraud", "PhishWatch-Reporter/3.2", "victim@example.org", 33, ["Reported-Uri: http://example.com.login-verify.example.net/"]),
    "victim@example.org", kind="headers"), [FBK])

add("arf-notspam-04", "ARF", arf(
    34, "Mail.ru FBL <fbl@corp.mail.ru>", "=?utf-8?B?0KHQvtC+0LHRidC10L3QuNC1INC90LUg0YHQv9Cw0Lw=?=",
    "Пользователь отметил это письмо как НЕ спам.\nThe user marked this message as not spam.\n",
    fbfields("not-spam", "Mail.Ru-Feedback/1.0", "olga.k@mail.ru", 34), "olga.k@mail.ru",
    text_cs="utf-8", text_enc="base64"), [FBK])

add("arf-virus-05", "ARF", arf(
    35, "Abuse Desk <abuse@isp.example.net>", "Virus report for 192.0.2.10",
    "Our virus scanner found malware in a message sent from your network.\n"
    "Please check the sending host for infection.\n",
    fbfields("virus", "ISP-AV-Feedback/1.4", "a.baker@isp.example.net", 35), "a.baker@isp.example.net",
    kind="headers"), [FBK])

add("arf-yandex-06", "ARF", arf(
    36, "Yandex FBL <fbl@yandex.ru>", "Yandex feedback loop report",
    "Это письмо было отмечено пользователем как спам.\nThis message was marked as spam by the user.\n",
    fbfields("abuse", "Yandex-FBL/1.0", "d.orlov@yandex.ru", 36,
             ["Authentication-Results: mxfront7.mail.yandex.net; spf=pass smtp.mail=example.com"]),
    "d.orlov@yandex.ru", text_cs="utf-8", text_enc="qp"), [FBK])

add("arf-authfail-07", "ARF", arf(
    37, "DMARC Reports <dmarc-forensic@example.org>", "FW: Black Friday: 40% off everything (DMARC failure)",
    "This is an authentication failure report for an email message received from IP 198.51.100.77\n"
    "claiming to be from example.com.\n",
    "\n".join(["Feedback-Type: auth-failure", "User-Agent: OpenDMARC-Reports/1.4.2", "Version: 1",
               "Original-Mail-From: <spoof@example.com>", "Original-Rcpt-To: <p.green@example.org>",
               "Arrival-Date: %s" % dt(37), "Source-IP: 198.51.100.77", "Reported-Domain: example.com",
               "Auth-Failure: dmarc", "Authentication-Results: mx.example.org; dmarc=fail header.from=example.com",
               "Delivery-Result: reject"]) + "\n",
    "p.green@example.org", kind="headers"), [FBK])

add("complaint-fwd-01", "none", text_msg(
    ["Return-Path: <abuse@isp.example.net>", "Date: %s" % dt(38, 300), "From: ISP Abuse Team <abuse@isp.example.net>",
     "To: abuse@example.com", "Subject: Spam complaint regarding 192.0.2.10 [ticket 771204]",
     "Message-ID: <%s>" % mid(38, "isp.example.net"), "MIME-Version: 1.0"],
    "Hello,\n\nWe have received the complaint below from one of our customers about\n"
    "unsolicited mail sent from 192.0.2.10, which belongs to your network.\n"
    "Please investigate and take appropriate action.\n\n"
    "----- Forwarded complaint -----\n"
    "I never signed up for this and I keep getting these every day. Make it stop!\n\n"
    "Received: from smtp.example.com (smtp.example.com [192.0.2.10])\n\tby mx.isp.example.net; %s\n"
    "From: Example Deals <news@example.com>\nTo: l.fischer@isp.example.net\n"
    "Subject: Black Friday: 40%% off everything\nDate: %s\n\n"
    "Don't miss our biggest sale of the year!\n\n-- \nISP Abuse Team\n" % (dt(38), dt(38)),
    "us-ascii", "7bit"), [])

add("complaint-spamcop-02", "none", text_msg(
    ["Return-Path: <1234567890@reports.spamcop.net>", "Date: %s" % dt(39, 400),
     "From: 1234567890@reports.spamcop.net", "To: abuse@example.com",
     "Subject: [SpamCop (http://www.example.com/) id:7391045566]Black Friday: 40% off everything",
     "Message-ID: <%s>" % mid(39, "reports.spamcop.net"), "Precedence: list", "MIME-Version: 1.0"],
    "[ SpamCop V5.4.0 ]\nThis message is brief for your comfort.  Please use links below for details.\n\n"
    "Email from 192.0.2.10 / %s\nhttps://www.spamcop.net/w3m?i=z7391045566zb2d4e6f8a0c1e3f5a7b9d1e3f5a7b9d1ez\n\n"
    "[ Offending message ]\nReceived: from smtp.example.com (smtp.example.com [192.0.2.10])\n"
    "From: Example Deals <news@example.com>\nSubject: Black Friday: 40%% off everything\n" % dt(39),
    "us-ascii", "7bit"), [])

# --------------------------------------------------------------------------
# Not failures that look like one
# --------------------------------------------------------------------------

add("notice-quota-01", "none", text_msg(
    ["Return-Path: <cpanel@server.example.com>", "Date: %s" % dt(40), "From: cPanel on server.example.com "
     "<cpanel@server.example.com>", "To: %s" % SENDER,
     "Subject: [server.example.com] The account \"sender@example.com\" is almost out of disk space.",
     "Message-ID: <%s>" % mid(40, "server.example.com"), "MIME-Version: 1.0"],
    "The email account \"sender@example.com\" is using 96.4% of its 1 GB quota.\n\n"
    "When the mailbox is full, new messages sent to this address will be rejected\n"
    "and returned to their senders. Delete old messages or ask your hosting\nprovider to raise the quota.\n",
    "us-ascii", "7bit"), [])

add("notice-recall-02", "none", text_msg(reply_hdrs(
    41, "Ahmed Hassan <a.hassan@example.ae>", "Recall Failure: " + OSUBJ, ["Thread-Topic: " + OSUBJ]),
    "Your message\n\nTo: Ahmed Hassan\nSubject: %s\nSent: %s\n\ncould not be recalled on %s.\n"
    "The message had already been read.\n" % (OSUBJ, dt(41), dt(41, 20)), "us-ascii", "7bit"), [])

add("notice-quarantine-03", "none", alt_msg(
    ["Return-Path: <quarantine@gateway.example.com>", "Date: %s" % dt(42), "From: Spam Quarantine "
     "<quarantine@gateway.example.com>", "To: %s" % SENDER, "Subject: Spam Quarantine Summary - 3 messages held",
     "Message-ID: <%s>" % mid(42, "gateway.example.com"), "MIME-Version: 1.0"],
    "The following messages addressed to you were held in quarantine:\n\n"
    "  From: offers@deals.example.net  Subject: You have won!  Score: 12.4\n"
    "  From: it-support@example-secure.net  Subject: Password expires today  Score: 9.8\n"
    "  From: noreply@shipping.example.org  Subject: Delivery failed: parcel on hold  Score: 7.1\n\n"
    "To release a message, open the quarantine portal.\n",
    "<table><tr><th>From</th><th>Subject</th><th>Score</th></tr>"
    "<tr><td>offers@deals.example.net</td><td>You have won!</td><td>12.4</td></tr>"
    "<tr><td>it-support@example-secure.net</td><td>Password expires today</td><td>9.8</td></tr>"
    "<tr><td>noreply@shipping.example.org</td><td>Delivery failed: parcel on hold</td><td>7.1</td></tr></table>\n",
    "==QUAR_%d==" % 42, cs="us-ascii", enc="7bit"), [])

add("notice-human-04", "none", text_msg(reply_hdrs(
    43, "Nina Petersen <nina.petersen@example.dk>", "Re: " + OSUBJ, []),
    "Hi,\n\nthanks - by the way your previous mail bounced from my old address\n"
    "n.petersen@old.example.dk (mailbox full, they said). Please use this one from now on.\n\n"
    "Nina\n\n> " + BODY.replace("\n", "\n> ").rstrip("> ") + "\n", "utf-8", "8bit"), [])

# --------------------------------------------------------------------------
# Failures that look like something else
# --------------------------------------------------------------------------

add("disguised-autoreply-01", "RFC3464", message(
    hdrs("Auto-Reply <mailer-daemon@mx.example.org>", "Auto-reply: " + OSUBJ, dt(44, 1), mid(44, "mx.example.org"),
         extra=["Auto-Submitted: auto-replied"]),
    report([M.part("text/plain", "Your message could not be delivered to the following recipient:\n\n"
                   "  j.doe@example.org\n\nReason: 550 5.1.1 <j.doe@example.org>: Recipient address rejected: User "
                   "unknown in virtual mailbox table\n"),
            dsn("Reporting-MTA: dns; mx.example.org\nArrival-Date: %s" % dt(44),
                [rec("j.doe@example.org", "failed", "5.1.1",
                     "550 5.1.1 <j.doe@example.org>: Recipient address rejected: User unknown in virtual mailbox "
                     "table", remote="mx.example.org")]),
            M.returned("j.doe@example.org", OSUBJ, dt(44), omid(44), "headers")],
           "=_mx_example_org_%d" % 44)),
    [E("5.1.1", "550", "userunknown")])

add("disguised-autoreply-02", "RFC3464", text_msg(
    ["Return-Path: <>", "Date: %s" % dt(45, 1), "From: \"Mail Delivery System\" <postmaster@mail.example.cz>",
     "To: %s" % SENDER, "Subject: Automatic reply: Mail delivery failed", "Message-ID: <%s>" % mid(45, "example.cz"),
     "Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply", "MIME-Version: 1.0"],
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
    "The following address(es) failed:\n\n  p.novak@example.cz\n    host mx.example.cz [203.0.113.88]\n"
    "    SMTP error from remote mail server after RCPT TO:<p.novak@example.cz>:\n"
    "    550 5.1.1 <p.novak@example.cz>: Recipient address rejected: User unknown\n\n"
    "------ This is a copy of the message's headers. ------\n\n" + M.orig("p.novak@example.cz", OSUBJ, dt(45),
                                                                         omid(45)),
    "us-ascii", "7bit"), [E("5.1.1", "550", "userunknown")])

add("disguised-bounced-ooo-03", "Office365", message(
    hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
         "Undeliverable: Automatic reply: Weekly planning", dt(46, 1), mid(46, "DB9PR04MB8123.eurprd04.prod.outlook.com"),
         extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"]),
    report([M.part("text/plain", "Your message to m.ivanova@example.bg couldn't be delivered.\n\n"
                   "m.ivanova wasn't found at example.bg.\n\nsender  Office 365  m.ivanova\nAction Required  "
                   "Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
                   "Diagnostic information for administrators:\n\nGenerating server: DB9PR04MB8123.eurprd04.prod."
                   "outlook.com\n\nm.ivanova@example.bg\nRemote Server returned '550 5.1.10 RESOLVER.ADR."
                   "RecipientNotFound; Recipient not found by SMTP address lookup'\n", "qp", "us-ascii"),
            dsn("Reporting-MTA: dns;DB9PR04MB8123.eurprd04.prod.outlook.com\nReceived-From-MTA: dns;"
                "DB9PR04MB8123.eurprd04.prod.outlook.com\nArrival-Date: %s" % dt(46),
                [rec("m.ivanova@example.bg", "failed", "5.1.10",
                     "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                     dtype="smtp", orig_rcpt=False).replace("smtp; smtp;", "smtp;")]),
            raw(["Content-Type: message/rfc822"],
                "From: Sender Example <%s>\nTo: <m.ivanova@example.bg>\nSubject: Automatic reply: Weekly planning\n"
                "Date: %s\nMessage-ID: <%s>\nAuto-Submitted: auto-generated\nX-MS-Exchange-Organization-AutoReply: OOF\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nI am out of the office until "
                "Monday.\n" % (SENDER, dt(46), omid(46)))],
           "_000_DB9PR04MB8123%d_" % 46)),
    [E("5.1.10", "550", "userunknown")])

add("webmail-full-01", "RFC3464", text_msg(
    ["Return-Path: <>", "Date: %s" % dt(47, 2), "From: Webmail Notification <no-reply@webmail.example.net>",
     "To: %s" % SENDER, "Subject: Message not delivered: " + OSUBJ, "Message-ID: <%s>" % mid(47, "webmail.example.net"),
     "MIME-Version: 1.0"],
    "Hello,\n\nyour message to m.keller@example.net could not be delivered.\n\n"
    "The recipient's mailbox is full and cannot accept new messages at the moment.\n"
    "Server reply: 552 5.2.2 Mailbox quota exceeded\n\n"
    "You may try to send the message again later, or contact the recipient another way.\n\n"
    "Subject: %s\nSent: %s\n\n-- \nWebmail\n" % (OSUBJ, dt(47)), "utf-8", "qp"),
    [E("5.2.2", "552", "mailboxfull")])

add("webmail-full-02", "none", text_msg(
    ["Return-Path: <>", "Date: %s" % dt(48, 2),
     "From: =?gbk?B?08q8/s+1zbM=?= <system@mail.example.cn>", "To: %s" % SENDER,
     "Subject: " + mimeword("邮件未能送达：对方邮箱已满", "gbk"), "Message-ID: <%s>" % mid(48, "mail.example.cn"),
     "MIME-Version: 1.0"],
    "您好：\n\n您于%s发送给 liu.yang@example.cn 的邮件《%s》未能送达。\n"
    "原因：对方邮箱空间已满，无法接收新邮件。\n服务器返回：552 5.2.2 Mailbox full\n\n"
    "请稍后重试或通过其他方式联系收件人。\n" % (dt(48), OSUBJ), "gbk", "base64"),
    [E("5.2.2", "552", "mailboxfull")])

HTML_NOTICE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Delivery failure</title></head>\n"
    "<body style=\"margin:0;background:#f4f5f7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
    "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff\">\n"
    "<tr><td style=\"padding:24px\"><img src=\"https://cdn.example-host.com/logo.png\" alt=\"Example Host\" "
    "width=\"140\"></td></tr>\n"
    "<tr><td style=\"padding:0 24px\"><h1 style=\"font-size:22px\">Your message was not delivered</h1>\n"
    "<p>We're sorry. Your message <b>SUBJ</b> to <b>t.mueller@example.at</b> could not be delivered.</p>\n"
    "<p style=\"background:#fdecea;padding:12px\">The recipient's server said:<br>"
    "<code>550 5.1.1 The email account that you tried to reach does not exist.</code></p>\n"
    "<p>Please check the address for typing errors and try again.</p>\n"
    "<p><a href=\"https://help.example-host.com/delivery\" style=\"background:#0b5cff;color:#fff;padding:10px "
    "18px;text-decoration:none\">Learn more</a></p></td></tr>\n"
    "<tr><td style=\"padding:24px;font-size:11px;color:#888\">Example Host GmbH &middot; Ringstra&szlig;e 1 "
    "&middot; Vienna<br>You receive this notice because you sent a message from your Example Host "
    "mailbox. <a href=\"https://example-host.com/unsubscribe\">Notification settings</a></td></tr>\n"
    "</table></td></tr></table></body></html>\n").replace("SUBJ", OSUBJ)

add("html-notice-01", "none", message(
    ["Return-Path: <>", "Date: %s" % dt(49, 2), "From: Example Host Mail <notifications@example-host.com>",
     "To: %s" % SENDER, "Subject: Delivery failure: your message was not delivered",
     "Message-ID: <%s>" % mid(49, "example-host.com"), "List-Unsubscribe: <https://example-host.com/unsubscribe>",
     "MIME-Version: 1.0"],
    M.multipart("alternative", [M.part("text/html", HTML_NOTICE, "qp", "utf-8")], "b1_notice_%d" % 49,
                preamble="")), [E("5.1.1", "550", "userunknown")])

FW_TEXT_OUTLOOK = (
    "Hi,\r\n\r\nI keep getting this when I write to our supplier. Is something wrong on our side?\r\n"
    "Could you have a look?\r\n\r\nThanks,\r\nAnna\r\n\r\n"
    "-----Original Message-----\r\n"
    "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\r\n"
    "Sent: Wednesday, November 25, 2026 10:14 AM\r\nTo: Anna Schulz <anna.schulz@example.com>\r\n"
    "Subject: Undeliverable: %s\r\n\r\n"
    "Delivery has failed to these recipients or groups:\r\n\r\n"
    "j.ward@example.org (j.ward@example.org)\r\n"
    "The email address you entered couldn't be found. Please check the recipient's email address and try to "
    "resend the message. If the problem continues, please contact your helpdesk.\r\n\r\n"
    "Diagnostic information for administrators:\r\n\r\nGenerating server: EXCH02.corp.example.com\r\n\r\n"
    "j.ward@example.org\r\nmx.example.org #550 5.1.1 <j.ward@example.org>: Recipient address rejected: User "
    "unknown in local recipient table ##\r\n" % OSUBJ)

add("fwd-outlook-01", "none", message(
    ["Return-Path: <anna.schulz@example.com>", "Date: %s" % dt(50, 600), "From: Anna Schulz <anna.schulz@example.com>",
     "To: IT Helpdesk <helpdesk@example.com>", "Subject: FW: Undeliverable: " + OSUBJ,
     "Message-ID: <%s>" % mid(50, "example.com"), "Thread-Topic: Undeliverable: " + OSUBJ,
     "Content-Language: de-DE", "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"us-ascii\"",
     "Content-Transfer-Encoding: 7bit"],
    "\r\n" + FW_TEXT_OUTLOOK).replace("\r\n", "\n").replace("\n", "\r\n"),
    [E("5.1.1", "550", "userunknown")])

GMAIL_FAIL_TEXT = (
    "** Address not found **\n\nYour message wasn't delivered to k.brandt@example.de because the address "
    "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
    "552 5.2.2 <k.brandt@example.de>: Recipient address rejected: Mailbox is full\n")

add("fwd-gmail-02", "none", alt_msg(
    ["Return-Path: <paul.meyer.shop@example.com>", "Date: %s" % dt(51, 700),
     "From: Paul Meyer <paul.meyer.shop@example.com>", "To: %s" % SENDER,
     "Subject: Fwd: Delivery Status Notification (Failure)", "Message-ID: <%s>" % mid(51, "example.com")],
    "this one came back again, do you have another address for Klaus?\n\n"
    "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    "Date: Tue, 24 Nov 2026 at 09:12\nSubject: Delivery Status Notification (Failure)\n"
    "To: <paul.meyer.shop@example.com>\n\n\n" + GMAIL_FAIL_TEXT,
    "<div dir=\"ltr\">this one came back again, do you have another address for Klaus?<br><br>"
    "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
    "From: <strong class=\"gmail_sendername\">Mail Delivery Subsystem</strong> &lt;mailer-daemon@googlemail.com&gt;"
    "<br>Date: Tue, 24 Nov 2026 at 09:12<br>Subject: Delivery Status Notification (Failure)<br>To: &lt;"
    "paul.meyer.shop@example.com&gt;<br></div><br><br><h2>Address not found</h2><p>Your message wasn't delivered "
    "to <b>k.brandt@example.de</b> because the address couldn't be found, or is unable to receive mail.</p>"
    "<p>The response from the remote server was:</p><p>552 5.2.2 &lt;k.brandt@example.de&gt;: Recipient address "
    "rejected: Mailbox is full</p></div></div>\n", "00000000000041c2e30627b4f1d9"),
    [E("5.2.2", "552", "mailboxfull")])

PF_FWD = (POSTFIX_INTRO % "mail.example.com" + fold(
    "<s.olsen@example.no>: host mx.example.no[203.0.113.15] said: 554 5.7.1 Service unavailable; Client host "
    "[192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10 (in reply to "
    "RCPT TO command)") + "\n")

add("fwd-apple-03", "none", text_msg(
    ["Return-Path: <m.larsen@example.com>", "Date: %s" % dt(52, 500), "From: Mette Larsen <m.larsen@example.com>",
     "To: IT <it@example.com>", "Subject: Fwd: Undelivered Mail Returned to Sender",
     "Message-Id: <%s>" % mid(52, "example.com"), "X-Mailer: Apple Mail (2.3774.200.91.1.1)", "MIME-Version: 1.0"],
    "Why are we on a blacklist?? Customers in Norway don't get our mail.\n\nMette\n\n"
    "Begin forwarded message:\n\n> From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n"
    "> Subject: Undelivered Mail Returned to Sender\n> Date: 25 November 2026 at 14:02:11 CET\n"
    "> To: m.larsen@example.com\n> \n" + "\n".join("> " + l if l else ">" for l in PF_FWD.split("\n")) + "\n",
    "utf-8", "qp"), [E("5.7.1", "554", "blocked")])

add("fwd-foxmail-04", "none", text_msg(
    ["Return-Path: <chen.hao@example.com>", "Date: %s" % dt(53, 500),
     "From: \"=?utf-8?B?6ZmI5rWp?=\" <chen.hao@example.com>", "To: \"IT\" <it@example.com>",
     "Subject: " + mimeword("转发：系统退信", "utf-8"), "Message-ID: <%s>" % mid(53, "example.com"),
     "X-Mailer: Foxmail 7.2.25.254[cn]", "MIME-Version: 1.0"],
    "发给客户的邮件又被退回来了，麻烦看一下是什么原因。\n\n陈浩\n\n"
    "------------------ 原始邮件 ------------------\n发件人: \"Postmaster\"<postmaster@example.com>;\n"
    "发送时间: 2026年11月25日(星期三) 下午3:20\n收件人: \"陈浩\"<chen.hao@example.com>;\n主题: 系统退信\n\n"
    "很抱歉，您发送的邮件未能投递到以下地址：\n\n  zhou.ping@example.cn\n\n"
    "错误原因：收件人地址不存在\n远程服务器返回：550 5.1.1 <zhou.ping@example.cn>: Mailbox not found\n",
    "gb18030", "base64"), [E("5.1.1", "550", "userunknown")])

EXIM_INNER = (
    "Return-path: <>\nEnvelope-to: %s\nDelivery-date: %s\nReceived: from mail by mail.example.com with local "
    "(Exim 4.97)\n\tid 1tGq2L-0004hP-Ab\n\tfor %s; %s\nX-Failed-Recipients: f.costa@example.pt\n"
    "Auto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@mail.example.com>\nTo: %s\n"
    "Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1tGq2L-0004hP-Ab@mail.example.com>\n"
    "Date: %s\n\nThis message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
    "The following address(es) failed:\n\n  f.costa@example.pt\n    host mx.example.pt [203.0.113.120]\n"
    "    SMTP error from remote mail server after RCPT TO:<f.costa@example.pt>:\n"
    "    550 5.2.1 <f.costa@example.pt>: mailbox is disabled\n\n"
    "------ This is a copy of the message, including all the headers. ------\n\n"
    % (SENDER, dt(54), SENDER, dt(54), SENDER, dt(54))) + M.orig("f.costa@example.pt", OSUBJ, dt(54), omid(54)) + \
    "\n" + BODY

add("fwd-attach-05", "none", message(
    ["Return-Path: <%s>" % SENDER, "Date: %s" % dt(54, 300), "From: Sender Example <%s>" % SENDER,
     "To: IT <it@example.com>", "Subject: Fwd: Mail delivery failed: returning message to sender",
     "Message-ID: <%s>" % mid(54, "example.com"),
     "User-Agent: Mozilla Thunderbird", "MIME-Version: 1.0"],
    M.multipart("mixed", [M.part("text/plain", "Is Filipa's address still valid? See the attached bounce.\n",
                                 "7bit", "UTF-8"),
                          raw(["Content-Type: message/rfc822; name=\"Mail delivery failed.eml\"",
                               "Content-Disposition: attachment; filename=\"Mail delivery failed.eml\""],
                              EXIM_INNER)],
                "------------0Fq7hZ2mVx3Yk9sT1cN4bR8w", preamble="This is a multi-part message in MIME format.\n")),
    [E("5.2.1", "550", "filtered")])


if __name__ == "__main__":
    write_set(OUT, SETS)
