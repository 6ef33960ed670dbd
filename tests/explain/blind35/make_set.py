#!/usr/bin/env python3
"""make_set.py: writes blind35 (emails/*.eml and labels.jsonl): machine
mail that is not a failure, and failures that look like it (2018-2026).
Auto-replies and out-of-office notices (Exchange / Outlook, Gmail, Zimbra,
Dovecot Pigeonhole's sieve vacation, Yahoo, QQ Mail / Tencent Exmail /
NetEase / Alibaba Mail, Japanese, German, French, Spanish, Russian),
ticket systems' acknowledgements, challenge-response systems, ARF feedback
reports (RFC 5965), success DSNs (delivered, relayed, expanded), read
receipts (RFC 8098 MDNs), and failures dressed like those (an auto-reply
subject over an NDR, the NDR of an auto-reply, a delay beside an
auto-reply, a "no longer with the company" auto-reply).  Written from
memory of how these systems build their messages; addresses and IPs are
made up.  Deterministic.  Usage: make_set.py [OUTDIR]"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import E, Mime, POSTFIX_DELAY, POSTFIX_INTRO, b64, dsn, fold, mimeword, qp, raw, rec, write_set  # noqa: E402

SETS = []
N = [0]

ME = "j.moreau@example.com"          # the one who wrote first and gets the machine mail
ORIG_SUBJ = ["Quarterly figures", "Invoice 2024-0817", "Re: delivery schedule", "Contract draft v3",
             "Meeting next Tuesday", "Your order #55120", "Project kickoff", "Weekly report",
             "Price list 2026", "Re: shipping address"]
BODY = "Hello,\n\nplease find the draft attached; comments by Friday would help.\n\nBest,\nJulie\n"


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def nth():
    N[0] += 1
    return N[0]


def date(i, hh=None, year=None):
    """A varied date, 2018 .. 2026."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    y = year or (2018 + (i * 3) % 9)
    h = hh if hh is not None else (i * 7) % 24
    zone = ["+0000", "+0100", "-0500", "+0900", "+0800", "+0200", "+0300"][i % 7]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[i % 7], 1 + (i * 5) % 28, mons[i % 12], y, h,
                                               (i * 13) % 60, (i * 29) % 60, zone)


def mid(i, dom):
    return "%08x.%04d@%s" % (0x5a3c0000 + i * 7919, i, dom)


def subj(i):
    return ORIG_SUBJ[i % len(ORIG_SUBJ)]


def part(ctype, body, enc="7bit", cs="utf-8", extra=()):
    if enc == "base64":
        cte, text = "base64", b64(body, cs)
    elif enc == "qp":
        cte, text = "quoted-printable", qp(body, cs)
    elif enc == "jis":
        cte, text = "7bit", body.encode("iso2022_jp").decode("ascii")
    else:
        cte, text = enc, body
    h = "Content-Type: %s" % ctype + ("; charset=%s" % cs if cs else "")
    return "\n".join(list(extra) + [h, "Content-Transfer-Encoding: %s" % cte]) + "\n\n" + text.rstrip("\n") + "\n"


def multipart(sub, parts, bnd, params="", preamble="This is a multi-part message in MIME format.\n"):
    s = "Content-Type: multipart/%s;%s\n\tboundary=\"%s\"\n\n%s\n" % (sub, params, bnd, preamble)
    for p in parts:
        s += "--%s\n%s\n" % (bnd, p)
    return s + "--%s--\n" % bnd


def orig_hdr(i, frm, to, s=None, extra=()):
    """The header of the message the machine mail answers."""
    return "\n".join(["Return-Path: <%s>" % frm,
                      "Received: from out2.example.com (out2.example.com [192.0.2.25])\n\tby mx1.%s with ESMTPS id "
                      "%06X\n\tfor <%s>; %s" % (to.split("@")[1], 0xA1B2C + i, to, date(i, 8)),
                      "From: Julie Moreau <%s>" % frm, "To: <%s>" % to, "Subject: %s" % (s or subj(i)),
                      "Date: %s" % date(i, 8), "Message-ID: <%s>" % mid(i, frm.split("@")[1]), "MIME-Version: 1.0",
                      "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"] + list(extra)) + "\n"


def orig_msg(i, frm, to, s=None, extra=()):
    return raw(["Content-Type: message/rfc822", "Content-Disposition: inline"],
               orig_hdr(i, frm, to, s, extra) + "\n" + BODY)


def orig_headers(i, frm, to, s=None):
    return raw(["Content-Type: text/rfc822-headers"], orig_hdr(i, frm, to, s))


# --------------------------------------------------------------------------
# Replies of people's mailboxes (auto-replies, tickets, challenges, MDNs)
# --------------------------------------------------------------------------

def reply_msg(i, frm, to, subject, body, extra=(), rp=None, cs="utf-8", enc="qp", html=None, received=None,
              irt=True):
    """A reply from frm (a person's mailbox or a robot) to to: subject as
    given (already encoded), body in charset cs and encoding enc; html: an
    HTML alternative of the same text."""
    dom = frm.split("<")[-1].rstrip(">").split("@")[1]
    h = ["Return-Path: %s" % (rp if rp is not None else "<%s>" % frm.split("<")[-1].rstrip(">")),
         "Received: from %s (%s [198.51.100.%d])\n\tby mx1.example.com with ESMTPS id %05X\n\tfor <%s>; %s" % (
             received or "mail." + dom, received or "mail." + dom, 10 + i, 0x3F00 + i * 31, to, date(i, 9)),
         "Date: %s" % date(i, 9), "From: %s" % frm, "To: %s" % to, "Subject: %s" % subject,
         "Message-ID: <%s>" % mid(i + 500, dom)]
    if irt:
        h += ["In-Reply-To: <%s>" % mid(i, "example.com"), "References: <%s>" % mid(i, "example.com")]
    h += list(extra) + ["MIME-Version: 1.0"]
    if html is None:
        tp = part("text/plain", body, enc, cs)
        return "\n".join(h) + "\n" + tp
    alt = multipart("alternative", [part("text/plain", body, enc, cs), part("text/html", html, enc, cs)],
                    "_alt_%06d_" % (i * 37), preamble="")
    return "\n".join(h) + "\n" + alt


def html_of(text):
    paras = "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.strip().split("\n\n"))
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>%s</body></html>" % paras


VAC = E("", "", "vacation")
FB = E("", "", "feedback")


def vacation():
    # Exchange on premises, English, OOF
    i = nth()
    to = ME
    body = ("Thank you for your message. I am out of the office until Monday 14 January with limited access to email.\n\n"
            "For urgent matters please contact our front desk at +44 20 7946 0123 or sales@contoso.example.\n\n"
            "Kind regards,\nDavid Brown")
    add("vacation-exchange-en-01", "RFC3834", reply_msg(
        i, "David Brown <d.brown@contoso.example>", to, "Automatic reply: %s" % subj(i), body,
        ["Thread-Topic: %s" % subj(i), "Thread-Index: AQHZk2pPq5vS0x4oTkuX3yV0b1vGxA==", "Content-Language: en-GB",
         "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator:",
         "X-MS-Exchange-Organization-AutoReply: OOF", "Auto-Submitted: auto-generated",
         "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: d.brown@contoso.example"],
        html=html_of(body)), [VAC])

    # Exchange Online, German: "Automatische Antwort:" with Abwesenheitsnotiz
    i = nth()
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.08. "
            "nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Weber (weber@firma.example).\n\n"
            "Mit freundlichen Grüßen\nThomas Schäfer")
    add("vacation-exo-de-02", "RFC3834", reply_msg(
        i, "=?iso-8859-1?Q?Sch=E4fer=2C_Thomas?= <t.schaefer@firma.example>", to,
        mimeword("Automatische Antwort: %s" % subj(i), "iso-8859-1", "Q"), body,
        ["Thread-Topic: %s" % subj(i), "Content-Language: de-DE", "X-MS-Exchange-Organization-AutoReply: OOF",
         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
         "X-MS-Exchange-Transport-CrossTenantHeadersStamped: AM0PR03MB4817"],
        cs="iso-8859-1", html=html_of(body), received="mail-am6eur05on2091.outbound.protection.outlook.com"),
        [VAC])

    # a German Abwesenheitsnotiz from a hosted Sieve with its own subject
    i = nth()
    body = ("Guten Tag,\n\nich befinde mich vom 22.12. bis 06.01. im Urlaub. Ab dem 07.01. bin ich wieder "
            "erreichbar.\nIhre E-Mail wird nicht automatisch weitergeleitet.\n\nViele Grüße\nAnna Keller")
    add("vacation-sieve-de-03", "RFC3834", reply_msg(
        i, "Anna Keller <anna.keller@gmx-like.example>", to, mimeword("Abwesenheitsnotiz", "utf-8", "Q"), body,
        ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"], enc="qp"), [VAC])

    # Outlook, French
    i = nth()
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 2 septembre inclus. Je prendrai connaissance "
            "de votre message à mon retour.\n\nPour toute urgence, merci de contacter accueil@societe.example.\n\n"
            "Cordialement,\nCamille Durand")
    add("vacation-outlook-fr-04", "RFC3834", reply_msg(
        i, "Camille Durand <c.durand@societe.example>", to,
        mimeword("Réponse automatique : %s" % subj(i), "utf-8", "B"), body,
        ["Content-Language: fr-FR", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
         "X-MS-Exchange-Organization-AutoReply: OOF"], enc="qp", html=html_of(body)), [VAC])

    # Spanish, Zimbra
    i = nth()
    body = ("Hola:\n\nEstaré fuera de la oficina hasta el 15 de abril sin acceso al correo electrónico. "
            "Responderé a su mensaje a mi regreso.\n\nPara asuntos urgentes, escriba a soporte@empresa.example.\n\n"
            "Saludos,\nLucía Fernández")
    add("vacation-zimbra-es-05", "RFC3834", reply_msg(
        i, "Lucía Fernández <lfernandez@empresa.example>", to,
        mimeword("Respuesta automática: Fuera de la oficina", "utf-8", "B"), body,
        ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk", "X-Mailer: Zimbra 9.0.0_GA_4546"],
        enc="base64"), [VAC])

    # Russian, Yandex 360 "Автоответ"
    i = nth()
    body = ("Здравствуйте!\n\nЯ в отпуске до 20 мая и не читаю почту. Ваше письмо получено и будет прочитано "
            "после моего возвращения.\nПо срочным вопросам обращайтесь к Ивану Петрову: i.petrov@kompaniya.example\n\n"
            "С уважением,\nОльга Смирнова")
    add("vacation-yandex-ru-06", "RFC3834", reply_msg(
        i, "=?utf-8?B?0J7Qu9GM0LPQsCDQodC80LjRgNC90L7QstCw?= <o.smirnova@kompaniya.example>", to,
        mimeword("Автоответ: %s" % subj(i), "utf-8", "B"), body,
        ["Auto-Submitted: auto-replied", "X-Yandex-Autoreply: yes", "X-Mailer: Yamail [ http://yandex.ru ] 5.0"],
        cs="utf-8", enc="base64", received="forward102p.mail.yandex.net"), [VAC])

    # Russian, Mail.ru in KOI8-R, "Re:" subject, X-Autoreply only... plus Auto-Submitted
    i = nth()
    body = ("Добрый день.\n\nСпасибо за письмо. До 10 июля я нахожусь в командировке, ответ может задержаться.\n\n"
            "Сергей")
    add("vacation-mailru-ru-07", "RFC3834", reply_msg(
        i, "sergey.k@mail-ru.example", to, mimeword("Re: %s" % subj(i), "koi8-r", "B"), body,
        ["Auto-Submitted: auto-replied", "X-Mras: Ok"], cs="koi8-r", enc="base64",
        received="f401.i.mail.ru"), [VAC])

    # Gmail vacation responder with its own subject
    i = nth()
    body = ("Hi,\n\nThanks for reaching out! I'm on parental leave until March 2025 and won't be checking email.\n"
            "For anything about the Q1 campaign, please email marketing-team@startup.example.\n\nCheers,\nPriya")
    add("vacation-gmail-08", "RFC3834", reply_msg(
        i, "Priya Nair <priya.nair.design@gmail.com>", to, "On parental leave until March", body,
        ["Auto-Submitted: auto-replied", "X-Gm-Message-State: AOJu0YzK3p2vXmWq8", "X-Google-Smtp-Source: AGHT+IFk19"],
        enc="qp", html=html_of(body), received="mail-sor-f41.google.com"), [VAC])

    # Google Workspace vacation, "Re:" subject
    i = nth()
    body = ("Hello,\n\nI'm currently travelling with limited connectivity and will reply when I'm back on 9 October.\n\n"
            "Best regards,\nMarco Rossi\nHead of Operations")
    add("vacation-gworkspace-09", "RFC3834", reply_msg(
        i, "Marco Rossi <marco@azienda.example>", to, "Re: %s" % subj(i), body,
        ["Auto-Submitted: auto-replied", "Precedence: bulk"], enc="7bit", html=html_of(body),
        received="mail-ej1-f48.google.com"), [VAC])

    # Dovecot Pigeonhole sieve vacation, "Auto:" subject, RFC 5230 defaults
    i = nth()
    body = ("I am away until 28 August and will answer your mail when I return.\n\n-- \nErik Lindqvist")
    add("vacation-dovecot-10", "RFC3834", reply_msg(
        i, "Erik Lindqvist <erik@kontor.example>", to, "Auto: %s" % subj(i), body,
        ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", "X-Sieve: Pigeonhole Sieve 0.5.19"],
        rp="<>", enc="7bit", cs="utf-8"), [VAC])

    # Yahoo Mail vacation response
    i = nth()
    body = ("This is an automated response. I am on vacation and will return on June 3rd. "
            "I will respond to your email as soon as possible.")
    add("vacation-yahoo-11", "RFC3834", reply_msg(
        i, "Karen Miller <karen_miller62@yahoo.com>", to, "Auto Response: %s" % subj(i), body,
        ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Mailer: WebService/1.1.22077 YMailNorrin"],
        enc="7bit", html=html_of(body), received="sonic309-20.consmr.mail.ne1.yahoo.com"), [VAC])

    # QQ Mail 自动回复 (GB18030 base64) with no auto-reply header: the dispute
    i = nth()
    body = "您好，您的来信已收到，我会尽快给您回复。\n\n此为自动回复邮件，请勿直接回复。"
    add("vacation-qq-12", "none", reply_msg(
        i, "=?gb18030?B?wO7Qobvp?= <2518830451@qq.com>", to, mimeword("自动回复: %s" % subj(i), "gb18030", "B"),
        body, ["X-QQ-mid: esmtp17t1714639212t5jv2abc", "X-Mailer: QQMail 2.x"], cs="gb18030", enc="base64",
        html=html_of(body), received="smtpbg150.qq.com"), [])

    # Tencent Exmail auto-reply with Auto-Submitted
    i = nth()
    body = "您好！我目前正在休假，将于10月8日返回办公室。紧急事务请联系 王经理 wang@gongsi.example。\n\n谢谢！\n张伟"
    add("vacation-exmail-13", "RFC3834", reply_msg(
        i, "=?utf-8?B?5byg5Lyf?= <zhangwei@gongsi.example>", to, mimeword("自动回复：休假中", "utf-8", "B"), body,
        ["Auto-Submitted: auto-replied", "X-QQ-SSF: 00400000000000F0", "X-Mailer: Tencent Exmail"],
        cs="utf-8", enc="base64", html=html_of(body), received="smtpbguseast2.qq.com"), [VAC])

    # NetEase 163 自动回复 with X-Autoreply (no Auto-Submitted)
    i = nth()
    body = "你好，我最近不在，邮件已收到，回来后会尽快处理。"
    add("vacation-163-14", "RFC3834", reply_msg(
        i, "liuyang_88@163.com", to, mimeword("自动回复:%s" % subj(i), "GBK", "B"), body,
        ["X-Autoreply: yes", "X-Coremail-Antispam: 1Uf129KBjvJXoWxJw1kCF17KF4fJr"], cs="GBK", enc="base64",
        received="m16.mail.163.com"), [VAC])

    # Alibaba Mail 自动回复
    i = nth()
    body = "您好，本人出差中，邮件将在返回后处理。如有急事请致电 0571-8888 0000。\n\n陈静"
    add("vacation-alimail-15", "RFC3834", reply_msg(
        i, "=?UTF-8?B?6ZmI6Z2Z?= <chenjing@maoyi.example>", to, mimeword("自动回复: %s" % subj(i), "UTF-8", "B"),
        body, ["Auto-Submitted: auto-replied", "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07436261"],
        enc="base64", html=html_of(body), received="out30-131.freemail.mail.aliyun.com"), [VAC])

    # Japanese 自動返信 (ISO-2022-JP)
    i = nth()
    body = ("お世話になっております。\n\n誠に勝手ながら、8月10日から8月18日まで夏季休暇をいただいております。\n"
            "いただいたメールは8月19日以降に順次対応いたします。\n\n株式会社サンプル 営業部 佐藤")
    add("vacation-jp-16", "RFC3834", reply_msg(
        i, "sato@sample-corp.example", to, mimeword("自動返信: 夏季休暇のお知らせ", "iso-2022-jp", "B"), body,
        ["Auto-Submitted: auto-replied", "X-Mailer: Active! mail"], cs="iso-2022-jp", enc="jis"), [VAC])

    # Japanese Outlook 自動応答 "自動応答:"
    i = nth()
    body = "ただいま出張中のため、メールの確認が遅れます。\n1月20日（月）より通常通り対応いたします。\n\n山田 太郎"
    add("vacation-jp-outlook-17", "RFC3834", reply_msg(
        i, "=?iso-2022-jp?B?GyRCOzNFRBsoQg==?= <t.yamada@kaisha.example>", to,
        mimeword("自動応答: %s" % subj(i), "iso-2022-jp", "B"), body,
        ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: ja-JP"],
        cs="iso-2022-jp", enc="jis"), [VAC])

    # "Out of Office:" Zimbra English, user's own subject
    i = nth()
    body = "I'm out of the office from 23 Dec and back on 2 Jan. Happy holidays!\n\nTom"
    add("vacation-zimbra-en-18", "RFC3834", reply_msg(
        i, "Tom Walker <twalker@uni.example.edu>", to, "Out of Office: Happy holidays", body,
        ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"], enc="7bit"), [VAC])

    # Italian Outlook "Risposta automatica:"
    i = nth()
    body = "Buongiorno,\nsono in ferie fino al 25 agosto. Per urgenze contattare info@ditta.example.\n\nGrazie,\nGiulia Bianchi"
    add("vacation-outlook-it-19", "RFC3834", reply_msg(
        i, "Giulia Bianchi <g.bianchi@ditta.example>", to,
        mimeword("Risposta automatica: %s" % subj(i), "utf-8", "Q"), body,
        ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], html=html_of(body)), [VAC])

    # cPanel / Exim autoresponder with Precedence: auto_reply
    i = nth()
    body = "Thank you for contacting Green Valley Bakery. We have received your email and will reply within 2 business days."
    add("vacation-cpanel-autoresp-20", "RFC3834", reply_msg(
        i, "Green Valley Bakery <orders@greenvalley.example>", to, "Re: %s" % subj(i), body,
        ["Precedence: auto_reply", "X-Autorespond: %s" % subj(i)], rp="<orders@greenvalley.example>", enc="7bit"),
        [VAC])


def people_left():
    # auto-reply: no longer with the company (Exchange)
    i = nth()
    body = ("Please note that Mark Evans is no longer with Northwind Traders. This mailbox is no longer monitored "
            "and your email will not be forwarded.\n\nFor sales enquiries please write to sales@northwind.example; "
            "for everything else, reception@northwind.example.")
    add("left-exchange-21", "RFC3834", reply_msg(
        i, "Mark Evans <m.evans@northwind.example>", ME, "Automatic reply: %s" % subj(i), body,
        ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
         "X-MS-Exchange-Organization-AutoReply: OOF"], html=html_of(body)), [VAC])

    # this address is no longer monitored (Gmail vacation responder)
    i = nth()
    body = ("This address is no longer monitored. Our support has moved to help@newdomain.example. "
            "Please resend your message there.")
    add("left-gmail-22", "RFC3834", reply_msg(
        i, "Info <info@olddomain.example>", ME, "This address is no longer monitored", body,
        ["Auto-Submitted: auto-replied"], received="mail-pj1-f45.google.com", enc="7bit"), [VAC])

    # mailbox closed, German auto-reply (Abwesenheitsnotiz wording, closed mailbox)
    i = nth()
    body = ("Dieses Postfach ist nicht mehr aktiv. Frau Braun hat unser Unternehmen verlassen.\n"
            "Bitte richten Sie Ihre Anfrage künftig an info@handel.example.")
    add("left-de-23", "RFC3834", reply_msg(
        i, "Braun, Sabine <s.braun@handel.example>", ME,
        mimeword("Automatische Antwort: %s" % subj(i), "utf-8", "Q"), body,
        ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]), [VAC])

    # no auto-reply header, subject without colon: a closed mailbox notice by a script
    i = nth()
    body = ("The mailbox you wrote to (r.king@shop.example) was closed on 1 July 2023.\n"
            "Your message has been delivered to the shared inbox and will be read by a colleague.")
    add("left-script-24", "none", reply_msg(
        i, "Shop Example <noreply@shop.example>", ME, "Mailbox closed - your message to r.king", body,
        ["Precedence: bulk", "X-Mailer: PHPMailer 6.8.0"], enc="7bit"), [])


def tickets():
    i = nth()
    body = ("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
            "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
            "This email is a service from Acme Support.")
    add("ticket-zendesk-25", "RFC3834", reply_msg(
        i, "Acme Support <support@acme.example>", ME, "[Acme Support] Re: %s" % subj(i), body,
        ["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 9c41a2",
         "Precedence: bulk"], html=html_of(body), received="outbyoip12.pod18.use1.zdsys.com"), [VAC])

    i = nth()
    body = ("Dear Julie,\n\nWe would like to acknowledge that we have received your request and a ticket has been "
            "created.\nA support representative will be reviewing your request and will send you a personal "
            "response (usually within 24 hours).\n\nTicket #7710\n\nThank you for your patience.")
    add("ticket-freshdesk-26", "RFC3834", reply_msg(
        i, "Widgets Helpdesk <help@widgets.example>", ME, "Ticket Received - %s" % subj(i), body,
        ["Auto-Submitted: auto-generated", "X-Freshdesk-Ticket-Id: 7710", "Precedence: bulk"], html=html_of(body),
        received="mx-out-02.freshemail.io"), [VAC])

    i = nth()
    body = ("Dear customer,\n\nthank you for your inquiry. Your ticket has been created under number\n"
            "2024061810000032. Please keep the ticket number in the subject of further mails.\n\nYour IT Service Desk")
    add("ticket-otrs-27", "RFC3834", reply_msg(
        i, "IT Service Desk <servicedesk@firma.example>", ME, "[Ticket#2024061810000032] RE: %s" % subj(i), body,
        ["X-OTRS-Loop: yes", "X-Loop: yes", "Precedence: bulk", "Auto-Submitted: auto-generated",
         "X-Mailer: OTRS Mail Service"], enc="7bit"), [VAC])

    i = nth()
    body = ("Your request has been received\n\nHi Julie,\n\nWe've received your request (SUP-1184). "
            "We'll get back to you as soon as possible.\n\nView request: https://help.example.atlassian.net/"
            "servicedesk/customer/portal/2/SUP-1184\n\nThis message was sent by Atlassian Jira Service Management.")
    add("ticket-jira-28", "RFC3834", reply_msg(
        i, "IT Help <jira@help.example.atlassian.net>", ME, "SUP-1184 %s" % subj(i), body,
        ["Auto-Submitted: auto-generated", "Precedence: bulk", "X-JIRA-FingerPrint: 6b4f0e3c1d9a"],
        html=html_of(body), received="eu-central.smtp.atlassian.com"), [VAC])

    # Help Scout style: no auto-reply header at all
    i = nth()
    body = ("Thanks for getting in touch! We've received your message and one of our team will get back to you "
            "within one business day.\n\n- The Orbit team")
    add("ticket-noheader-29", "none", reply_msg(
        i, "Orbit <hello@orbit.example>", ME, "We got your message", body,
        ["X-Mailer: HelpScout Mailer", "List-Unsubscribe: <mailto:unsub@orbit.example>"], html=html_of(body)), [])


def challenges():
    i = nth()
    body = ("The message you sent requires that you verify that you are a real live human being and not a spam source.\n\n"
            "To complete this verification, simply reply to this message and leave the subject line intact or click "
            "the link below:\n\nhttps://mail.host.example:2096/cgi-sys/bxd.cgi?a=pat@host.example&verify=173902\n\n"
            "The headers of the message sent from your address are shown below:\n\n" + orig_hdr(i, ME, "pat@host.example"))
    add("challenge-boxtrapper-30", "none", reply_msg(
        i, "pat@host.example", ME, "Your email requires verification verify#173902", body, [], enc="7bit",
        rp="<pat@host.example>", irt=False), [])

    i = nth()
    body = ("Hello,\n\nI use Spam Arrest to protect my inbox. Please click the link below to confirm you are a "
            "person and your message will be delivered:\n\nhttps://www.spamarrest.com/verify?x=Z2h6bnQ\n\n"
            "You only need to do this once.\n\nThank you,\nbob@isp.example")
    add("challenge-spamarrest-31", "none", reply_msg(
        i, "bob@isp.example", ME, "Re: %s [Verify your email]" % subj(i), body, ["X-SpamArrest-Challenge: yes"],
        enc="7bit", received="mail.spamarrest.com"), [])

    i = nth()
    body = ("Hi,\n\nThis mailbox is protected against unsolicited mail. Please confirm you are human by replying "
            "to this message without changing the subject. Your message will be held for 7 days.")
    add("challenge-autosub-32", "RFC3834", reply_msg(
        i, "Verifier <confirm@secure-inbox.example>", ME, "Please confirm you are human [ref 88A1]", body,
        ["Auto-Submitted: auto-replied", "Precedence: junk"], enc="7bit"), [VAC])


# --------------------------------------------------------------------------
# ARF feedback reports (RFC 5965)
# --------------------------------------------------------------------------

def arf(name, i, frm, to, subject, intro, fields, rcpt, kind="message", extra=(), sender="news@letters.example.com"):
    ip = "192.0.2.%d" % (60 + i)
    fr = "\n".join(fields).replace("{ip}", ip).replace("{rcpt}", rcpt).replace("{sender}", sender).replace(
        "{date}", date(i, 6))
    o = orig_hdr(i, sender, rcpt, "Spring offers: 30% off everything", ["List-Unsubscribe: <https://letters.example.com/u/42>"])
    o = o.replace("192.0.2.25", ip)
    op = raw(["Content-Type: message/rfc822", "Content-Disposition: inline"], o + "\n" + "Spring offers inside.\n") \
        if kind == "message" else raw(["Content-Type: text/rfc822-headers"], o)
    parts = [part("text/plain", intro.replace("{ip}", ip).replace("{date}", date(i, 6)), "7bit", "us-ascii"),
             raw(["Content-Type: message/feedback-report"], fr), op]
    h = ["Return-Path: <>" if "<>" in extra else "Return-Path: <%s>" % frm.split("<")[-1].rstrip(">"),
         "Date: %s" % date(i, 7), "From: %s" % frm, "To: %s" % to, "Subject: %s" % subject.replace("{ip}", ip),
         "Message-ID: <%s>" % mid(i + 900, frm.split("@")[-1].rstrip(">")), "MIME-Version: 1.0"] + \
        [e for e in extra if e != "<>"]
    body = multipart("report", parts, "----=_Part_%d_%d" % (i, 1337 + i), params=" report-type=feedback-report;")
    add(name, "ARF", "\n".join(h) + "\n" + body, [FB])


def feedback():
    i = nth()
    arf("arf-yahoo-33", i, "feedback@arf.mail.yahoo.com", "fbl@letters.example.com", "FW: Spring offers: 30% off everything",
        "This is an email abuse report for an email message from letters.example.com on {date}\n",
        ["Feedback-Type: abuse", "User-Agent: Yahoo!-Mail-Feedback/2.0", "Version: 0.1",
         "Original-Mail-From: <{sender}>", "Original-Rcpt-To: <{rcpt}>", "Received-Date: {date}",
         "Source-IP: {ip}", "Authentication-Results: mta1013.mail.ne1.yahoo.com  from=letters.example.com; "
         "domainkeys=neutral (no sig);  from=letters.example.com; dkim=pass (ok)", "Reported-Domain: letters.example.com",
         "Reported-Uri: https://letters.example.com/offers"], "reader42@yahoo.com")

    i = nth()
    arf("arf-aol-34", i, "scomp@aol.net", "fbl@letters.example.com", "Email Feedback Report for IP {ip}",
        "This is an email abuse report for an email message received from IP {ip} on {date}.\n"
        "For information, please review the report below.\n",
        ["Feedback-Type: abuse", "User-Agent: AOL SComp", "Version: 0.1", "Received-Date: {date}",
         "Source-IP: {ip}", "Reported-Domain: letters.example.com", "Redacted-Address: redacted"],
        "redacted@aol.com", kind="message")

    i = nth()
    arf("arf-jmrp-35", i, "staff@hotmail.com", "jmrp@letters.example.com", "complaint about message from {ip}",
        "This is an email abuse report for an email message received from IP {ip} on {date}\n"
        "For more information about this format please see http://www.mipassoc.org/arf/.\n",
        ["Feedback-Type: abuse", "User-Agent: Hotmail FBL", "Version: 0.1", "Received-Date: {date}",
         "Source-IP: {ip}", "Reported-Domain: letters.example.com", "Original-Mail-From: <{sender}>",
         "Original-Rcpt-To: <{rcpt}>"],
        "someone@outlook.com", kind="message", extra=["X-HmXmrOriginalRecipient: <someone@outlook.com>"])

    i = nth()
    arf("arf-comcast-36", i, "Comcast FBL <fbl-noreply@comcast.net>", "abuse@letters.example.com",
        "Comcast Feedback Loop Report",
        "This is an email abuse report for an email message received from IP {ip} on {date}.\n"
        "This message was reported as spam by a Comcast customer.\n",
        ["Feedback-Type: abuse", "User-Agent: Validity-FBL/1.0", "Version: 1", "Original-Mail-From: <{sender}>",
         "Arrival-Date: {date}", "Source-IP: {ip}", "Reported-Domain: letters.example.com"],
        "xxxxxxxx@comcast.net", kind="headers")

    i = nth()
    arf("arf-mailru-37", i, "fbl@corp.mail.ru", "fbl@letters.example.com", "Abuse Report (spam)",
        "This is an email abuse report for an email message received from IP {ip} on {date}.\n",
        ["Feedback-Type: abuse", "User-Agent: Mail.Ru FBL/1.0", "Version: 1", "Original-Mail-From: <{sender}>",
         "Original-Rcpt-To: <{rcpt}>", "Arrival-Date: {date}", "Source-IP: {ip}",
         "Reported-Domain: letters.example.com"], "ivan1987@mail.ru")

    i = nth()
    arf("arf-yandex-38", i, "Yandex FBL <fbl-report@yandex-team.ru>", "fbl@letters.example.com",
        "Yandex.Mail Feedback Loop report",
        "This is an email abuse report for an email message received from IP {ip} on {date}.\n",
        ["Feedback-Type: abuse", "User-Agent: Yandex.Mail FBL", "Version: 1", "Arrival-Date: {date}",
         "Source-IP: {ip}", "Original-Mail-From: <{sender}>", "Reported-Domain: letters.example.com",
         "X-Yandex-FBL-Id: 1a2b3c4d5e"], "user@yandex.ru", kind="headers")

    i = nth()
    arf("arf-fraud-39", i, "Brand Shield <reports@brandshield.example>", "abuse@letters.example.com",
        "Fraud report: phishing using letters.example.com",
        "A message impersonating a bank was seen from IP {ip} on {date}. Details below.\n",
        ["Feedback-Type: fraud", "User-Agent: BrandShield/3.2", "Version: 1", "Arrival-Date: {date}",
         "Source-IP: {ip}", "Original-Mail-From: <{sender}>", "Reported-Domain: letters.example.com",
         "Reported-Uri: http://login-secure.example.net/verify"], "victim@isp.example", kind="headers")

    i = nth()
    arf("arf-virus-40", i, "ISP Postmaster <postmaster@isp.example>", "abuse@letters.example.com",
        "Virus report for message from {ip}",
        "Our scanners found a virus (Win.Trojan.Agent-1234) in a message from IP {ip} on {date}.\n",
        ["Feedback-Type: virus", "User-Agent: ISP-Scanner/2.0", "Version: 1", "Arrival-Date: {date}",
         "Source-IP: {ip}", "Original-Mail-From: <{sender}>", "Original-Rcpt-To: <{rcpt}>"],
        "customer7@isp.example", kind="headers")

    i = nth()
    arf("arf-notspam-41", i, "Mail.ru <fbl@corp.mail.ru>", "fbl@letters.example.com", "Not spam report",
        "Пользователь отметил это письмо как «Не спам».\n",
        ["Feedback-Type: not-spam", "User-Agent: Mail.Ru FBL/1.0", "Version: 1", "Arrival-Date: {date}",
         "Source-IP: {ip}", "Original-Rcpt-To: <{rcpt}>", "Reported-Domain: letters.example.com"],
        "anna.k@list.ru")


# --------------------------------------------------------------------------
# Success DSNs and read receipts
# --------------------------------------------------------------------------

PF_OK = ("This is the mail system at host %s.\n\n"
         "Your message was successfully delivered to the destination(s)\n"
         "listed below. If the message was delivered to mailbox you will\n"
         "receive no further notifications. Otherwise you may still receive\n"
         "notifications of mail delivery errors from other systems.\n\n"
         "                   The mail system\n\n")


def report_msg(i, frm, subject, parts, bnd, rtype="delivery-status", extra=(), to=ME, rp="<>"):
    h = ["Return-Path: %s" % rp, "Date: %s" % date(i, 10), "From: %s" % frm, "To: %s" % to,
         "Subject: %s" % subject, "Message-ID: <%s>" % mid(i + 700, "report.example"), "MIME-Version: 1.0"] + list(extra)
    return "\n".join(h) + "\n" + multipart("report", parts, bnd, params=" report-type=%s;" % rtype)


def success():
    # Postfix delivered to mailbox (NOTIFY=SUCCESS)
    i = nth()
    host = "mail.partner.example"
    text = PF_OK % host + "<ana@partner.example>: delivery via dovecot: delivered via dovecot service\n"
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4Q2X1c0nKFz9sWq\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, ME, date(i, 10))
    add("delivered-postfix-42", "Postfix", report_msg(i, "MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Successful Mail Delivery Report", [part("text/plain", text, cs="us-ascii", extra=["Content-Description: Notification"]),
        dsn(per, [rec("ana@partner.example", "delivered", "2.0.0", "delivered via dovecot service", None, "X-Postfix")],
            desc="Delivery report"), orig_headers(i, ME, "ana@partner.example")], "4Q2X1c0nKFz9sWq.1717000000/%s" % host,
        extra=["Auto-Submitted: auto-replied"]), [E("2.0.0", "", "delivered")])

    # Postfix relayed to a remote server
    i = nth()
    host = "smtp.example.com"
    reply = "250 2.0.0 OK  1731072001 d9443c01a7336-20e7f0d3a5fsi12345ad.55 - gsmtp"
    text = PF_OK % host + "<ken.ito@gmail.com>: %s\n" % fold(
        "delivery via gmail-smtp-in.l.google.com[142.250.102.27]:25: " + reply)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 7C3D22E0418\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, ME, date(i, 10))
    add("relayed-postfix-43", "Postfix", report_msg(i, "MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Successful Mail Delivery Report", [part("text/plain", text, cs="us-ascii", extra=["Content-Description: Notification"]),
        dsn(per, [rec("ken.ito@gmail.com", "relayed", "2.0.0", reply, "gmail-smtp-in.l.google.com")],
            desc="Delivery report"), orig_headers(i, ME, "ken.ito@gmail.com")], "7C3D22E0418.1731072002/%s" % host,
        extra=["Auto-Submitted: auto-replied"]), [E("2.0.0", "250", "delivered")])

    # Postfix alias expanded
    i = nth()
    host = "lists.club.example"
    text = PF_OK % host + "<members@club.example>: alias expanded\n"
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 2B81F1C04D\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, ME, date(i, 10))
    add("expanded-postfix-44", "Postfix", report_msg(i, "MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Successful Mail Delivery Report", [part("text/plain", text, cs="us-ascii", extra=["Content-Description: Notification"]),
        dsn(per, [rec("members@club.example", "expanded", "2.0.0", "alias expanded", None, "X-Postfix")],
            desc="Delivery report"), orig_headers(i, ME, "members@club.example")], "2B81F1C04D.1700000044/%s" % host,
        extra=["Auto-Submitted: auto-replied"]), [E("2.0.0", "", "delivered")])

    # Exchange "Delivered:"
    i = nth()
    gen = "EXMBX03.contoso.local"
    text = ("Your message has been delivered to the following recipients:\n\n"
            "Nadia Khan (nadia.khan@contoso.example)<mailto:nadia.khan@contoso.example>\n\nSubject: %s\n" % subj(i))
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (gen, date(i, 10))
    r = rec("nadia.khan@contoso.example", "delivered", "2.0.0", None, None, extra=["X-Display-Name: Nadia Khan"])
    alt = multipart("alternative", [part("text/plain", text, "qp", "us-ascii"),
                                    part("text/html", html_of(text), "qp", "us-ascii")], "_alt_deliv_%d" % i, preamble="")
    add("delivered-exchange-45", "Exchange", report_msg(i, "Microsoft Exchange <postmaster@contoso.example>",
        "Delivered: %s" % subj(i), [alt, dsn(per, [r]), orig_headers(i, ME, "nadia.khan@contoso.example")],
        "_000_%s_" % ("D%08X" % (i * 99991)), extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:"]),
        [E("2.0.0", "", "delivered")])

    # Exchange Online "Relayed:"
    i = nth()
    gen = "DB9PR05MB7621.eurprd05.prod.outlook.com"
    text = ("Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
            "destination server:\n\nleo@hosting.example (leo@hosting.example)<mailto:leo@hosting.example>\n\n"
            "Subject: %s\n" % subj(i))
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (gen, date(i, 10))
    r = rec("leo@hosting.example", "relayed", "2.0.0", None, "mx.hosting.example", extra=["X-Display-Name: leo@hosting.example"])
    alt = multipart("alternative", [part("text/plain", text, "qp", "us-ascii"),
                                    part("text/html", html_of(text), "qp", "us-ascii")], "_alt_rel_%d" % i, preamble="")
    add("relayed-exo-46", "Exchange", report_msg(i, "Microsoft Outlook <postmaster@example.com>",
        "Relayed: %s" % subj(i), [alt, dsn(per, [r]), orig_headers(i, ME, "leo@hosting.example")],
        "_000_%s_" % ("R%08X" % (i * 99991)), extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:"]),
        [E("2.0.0", "", "delivered")])

    # Exchange German "Übermittelt:"
    i = nth()
    gen = "EX2019.firma.local"
    text = ("Ihre Nachricht wurde an folgende Empfänger übermittelt:\n\nKlaus Vogel (k.vogel@firma.example)\n\n"
            "Betreff: %s\n" % subj(i))
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (gen, date(i, 10))
    r = rec("k.vogel@firma.example", "delivered", "2.0.0", None, None, extra=["X-Display-Name: Klaus Vogel"])
    add("delivered-exchange-de-47", "Exchange", report_msg(i, "Microsoft Exchange <postmaster@firma.example>",
        mimeword("Übermittelt: %s" % subj(i), "iso-8859-1", "Q"),
        [part("text/plain", text, "qp", "iso-8859-1"), dsn(per, [r]), orig_headers(i, ME, "k.vogel@firma.example")],
        "_000_%s_" % ("U%08X" % (i * 99991)), extra=["Content-Language: de-DE"]), [E("2.0.0", "", "delivered")])

    # Sendmail "Return receipt" (relayed to a non-DSN-aware mailer)
    i = nth()
    host = "mx.univ.example.edu"
    text = ("The original message was received at %s\nfrom out2.example.com [192.0.2.25]\n\n"
            "   ----- The following addresses had successful delivery notifications -----\n"
            "<h.lee@univ.example.edu>  (relayed to non-DSN-aware mailer)\n\n"
            "   ----- Transcript of session follows -----\n"
            "<h.lee@univ.example.edu>... relayed; expect no further notifications\n") % date(i, 10)
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; out2.example.com\nArrival-Date: %s" % (host, date(i, 10))
    r = rec("h.lee@univ.example.edu", "relayed", "2.0.0", None, None, orig_rcpt=False)
    add("relayed-sendmail-48", "Sendmail", report_msg(i, "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
        "Return receipt", [part("text/plain", text, cs="us-ascii"), dsn(per, [r]),
                           orig_headers(i, ME, "h.lee@univ.example.edu")], "x8SJk2aB012345.1700000048/%s" % host,
        extra=["Auto-Submitted: auto-generated (return-receipt)"]), [E("2.0.0", "", "delivered")])

    # Postfix DSN, one delivered and one failed
    i = nth()
    host = "mail.example.com"
    r1 = "250 2.0.0 Ok: queued as 4R7bQk2XyZz8"
    r2 = "550 5.1.1 <old.colleague@partner.example>: Recipient address rejected: User unknown in virtual mailbox table"
    text = (POSTFIX_INTRO % host + "<old.colleague@partner.example>: %s\n\n<new.colleague@partner.example>: %s\n") % (
        fold("host mx.partner.example[198.51.100.44] said: %s (in reply to RCPT TO command)" % r2),
        fold("delivery via mx.partner.example[198.51.100.44]:25: " + r1))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 9A1F3C0042\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, ME, date(i, 10))
    add("mixed-postfix-49", "Postfix", report_msg(i, "MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Undelivered Mail Returned to Sender", [part("text/plain", text, cs="us-ascii",
                                                     extra=["Content-Description: Notification"]),
        dsn(per, [rec("old.colleague@partner.example", "failed", "5.1.1", r2, "mx.partner.example"),
                  rec("new.colleague@partner.example", "relayed", "2.0.0", r1, "mx.partner.example")],
            desc="Delivery report"), orig_msg(i, ME, "old.colleague@partner.example")],
        "9A1F3C0042.1700000049/%s" % host, extra=["Auto-Submitted: auto-replied"]),
        [E("5.1.1", "550", "userunknown"), E("2.0.0", "250", "delivered")])


def mdn_msg(name, i, frm, subject, text, disp, ua, final, cs="utf-8", enc="7bit"):
    notif = "Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <%s>\nDisposition: %s\n" % (
        ua, final, mid(i, "example.com"), disp)
    parts = [part("text/plain", text, enc, cs), raw(["Content-Type: message/disposition-notification"], notif),
             orig_headers(i, ME, final)]
    h = ["Return-Path: <%s>" % final, "Date: %s" % date(i, 11), "From: %s" % frm, "To: %s" % ME,
         "Subject: %s" % subject, "Message-ID: <%s>" % mid(i + 800, final.split("@")[1]), "MIME-Version: 1.0"]
    add(name, "none", "\n".join(h) + "\n" + multipart("report", parts, "----=_mdn_%d" % i,
                                                       params=" report-type=disposition-notification;"), [])


def receipts():
    i = nth()
    mdn_msg("mdn-outlook-read-50", i, "Owen Price <o.price@fabrikam.example>", "Read: %s" % subj(i),
            "Your message\n\n  To: Owen Price\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (subj(i), date(i, 8), date(i, 11)),
            "automatic-action/MDN-sent-automatically; displayed", "EXCH02.fabrikam.local", "o.price@fabrikam.example")
    i = nth()
    mdn_msg("mdn-outlook-notread-51", i, "Owen Price <o.price@fabrikam.example>", "Not read: %s" % subj(i),
            "Your message\n\n  To: Owen Price\n  Subject: %s\n  Sent: %s\n\nwas deleted without being read on %s.\n" % (
                subj(i), date(i, 8), date(i, 11)),
            "automatic-action/MDN-sent-automatically; deleted", "EXCH02.fabrikam.local", "o.price@fabrikam.example")
    i = nth()
    mdn_msg("mdn-thunderbird-52", i, "Hanna <hanna@posteo-like.example>", "Return Receipt (displayed) - %s" % subj(i),
            "This is a Return Receipt for the mail that you sent to hanna@posteo-like.example.\n\n"
            "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
            "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
            "manual-action/MDN-sent-manually; displayed", "hanna-laptop; Mozilla Thunderbird 115.6.0",
            "hanna@posteo-like.example")
    i = nth()
    mdn_msg("mdn-foxmail-53", i, "=?utf-8?B?546L6Iqz?= <wangfang@maoyi.example>", mimeword("已读: %s" % subj(i), "utf-8", "B"),
            "您发送给 wangfang@maoyi.example 的邮件\n主题：%s\n已于 %s 被阅读。\n" % (subj(i), date(i, 11)),
            "manual-action/MDN-sent-manually; displayed", "Foxmail 7.2.25", "wangfang@maoyi.example", enc="base64")
    i = nth()
    mdn_msg("mdn-gmail-54", i, "Sam Okafor <sam@workspace.example>", "Read: %s" % subj(i),
            "Your message\n\nTo: sam@workspace.example\nSubject: %s\nSent: %s\n\nwas read on %s\n" % (
                subj(i), date(i, 8), date(i, 11)),
            "manual-action/MDN-sent-manually; displayed", "Gmail", "sam@workspace.example")


# --------------------------------------------------------------------------
# Failures dressed as machine mail that is not one
# --------------------------------------------------------------------------

def exch_ndr(i, rcpt, status, diag, subject, why, gen="EXHUB01.corp.example.local", extra=(), returned=None):
    frm = "Microsoft Exchange <postmaster@example.com>"
    text = ("Delivery has failed to these recipients or groups:\n\n%s (%s)\n%s\n\n\n\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n#%s ##\n\n"
            "Original message headers:\n\n") % (rcpt.split("@")[0].title(), rcpt, why, gen, rcpt, gen, diag)
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;out2.example.com\nArrival-Date: %s" % (gen, date(i, 4))
    r = rec(rcpt, "failed", status, diag, None, extra=["X-Display-Name: %s" % rcpt.split("@")[0].title()])
    ret = returned or orig_headers(i, ME, rcpt)
    return report_msg(i, frm, subject, [part("text/plain", text, "qp", "us-ascii"), dsn(per, [r]), ret],
                      "_000_%s_" % ("N%08X" % (i * 7777)), extra=["Content-Language: en-US",
                                                                  "X-MS-Exchange-Message-Is-Ndr:"] + list(extra))


def dressed():
    # Exchange "Delivery has failed" NDR with an auto-reply subject and headers
    i = nth()
    add("dressed-exchange-autosubj-55", "Exchange", exch_ndr(
        i, "p.novak@firma.example", "5.1.1", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        "Automatic reply: Undeliverable: %s" % subj(i),
        "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.",
        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),
        [E("5.1.1", "550", "userunknown")])

    # the NDR of one's own out-of-office reply (returned message is an auto-reply)
    i = nth()
    ooo = raw(["Content-Type: message/rfc822"],
              "\n".join(["From: Julie Moreau <%s>" % ME, "To: <newsletter-bounce@mailer.example>",
                         "Subject: Automatic reply: Your weekly digest", "Date: %s" % date(i, 3),
                         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                         "Message-ID: <%s>" % mid(i + 50, "example.com"), "MIME-Version: 1.0",
                         "Content-Type: text/plain; charset=utf-8"]) + "\n\nI am out of the office until Monday.\n")
    add("dressed-ndr-of-ooo-56", "Exchange", exch_ndr(
        i, "newsletter-bounce@mailer.example", "5.4.1",
        "smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00027A5F.eurprd04.prod.outlook.com]",
        "Undeliverable: Automatic reply: Your weekly digest",
        "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept it.",
        gen="AM0PR02MB5731.eurprd02.prod.outlook.com", returned=ooo), [E("5.4.1", "550", "userunknown")])

    # Postfix bounce of a sieve vacation reply (the vacation inside the DSN), mailbox full
    i = nth()
    host = "mail.kontor.example"
    reply = "552 5.2.2 <julie.m@partner.example>: Mailbox full (quota exceeded)"
    text = POSTFIX_INTRO % host + "<julie.m@partner.example>: %s\n" % fold(
        "host mx.partner.example[198.51.100.61] said: %s (in reply to RCPT TO command)" % reply)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4Vt2kL0Xc1z3\nX-Postfix-Sender: rfc822; erik@kontor.example\nArrival-Date: %s" % (
        host, date(i, 3))
    vac = raw(["Content-Type: message/rfc822", "Content-Description: Undelivered Message"],
              "\n".join(["Return-Path: <>", "From: Erik Lindqvist <erik@kontor.example>",
                         "To: <julie.m@partner.example>", "Subject: Auto: Re: delivery schedule",
                         "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", "Date: %s" % date(i, 3),
                         "Message-ID: <%s>" % mid(i + 60, "kontor.example"), "MIME-Version: 1.0",
                         "Content-Type: text/plain; charset=utf-8"]) + "\n\nI am away until 28 August.\n")
    add("dressed-pf-vacation-inside-57", "Postfix", report_msg(i, "MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Undelivered Mail Returned to Sender",
        [part("text/plain", text, cs="us-ascii", extra=["Content-Description: Notification"]),
         dsn(per, [rec("julie.m@partner.example", "failed", "5.2.2", reply, "mx.partner.example")],
             desc="Delivery report"), vac], "4Vt2kL0Xc1z3.1700000057/%s" % host,
        extra=["Auto-Submitted: auto-replied"], to="erik@kontor.example"), [E("5.2.2", "552", "mailboxfull")])

    # Postfix delay notice (Action: delayed) for a vacation reply that was sent
    i = nth()
    host = "mail.kontor.example"
    reply = "451 4.7.1 <erik@kontor.example>: Recipient address rejected: Greylisted, try again later"
    text = POSTFIX_DELAY % host + "<nina@partner.example>: %s\n" % fold(
        "host mx.partner.example[198.51.100.61] said: %s (in reply to RCPT TO command)" % reply)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4Vt9zQ1Yb7z5\nX-Postfix-Sender: rfc822; erik@kontor.example\nArrival-Date: %s" % (
        host, date(i, 3))
    add("dressed-pf-delay-58", "Postfix", report_msg(i, "MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Delayed Mail (still being retried)",
        [part("text/plain", text, cs="us-ascii", extra=["Content-Description: Notification"]),
         dsn(per, [rec("nina@partner.example", "delayed", "4.7.1", reply, "mx.partner.example",
                       extra=["Will-Retry-Until: %s" % date(i + 3, 3)])], desc="Delivery report"),
         raw(["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
             "\n".join(["From: Erik Lindqvist <erik@kontor.example>", "To: <nina@partner.example>",
                        "Subject: Auto: Price list 2026", "Auto-Submitted: auto-replied (vacation)",
                        "Date: %s" % date(i, 3)]) + "\n")],
        "4Vt9zQ1Yb7z5.1700000058/%s" % host, extra=["Auto-Submitted: auto-replied"], to="erik@kontor.example"),
        [E("4.7.1", "451", "blocked")])

    # Exim bounce with an auto-reply subject ("Auto-Reply: ...") and headers
    i = nth()
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  m.clarke@oldfirm.example\n    host mx.oldfirm.example [198.51.100.77]\n"
            "    SMTP error from remote mail server after RCPT TO:<m.clarke@oldfirm.example>:\n"
            "    550 5.1.1 <m.clarke@oldfirm.example>: mailbox closed, no longer with the company\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" +
            orig_hdr(i, ME, "m.clarke@oldfirm.example") + "\n" + BODY)
    add("dressed-exim-autoreply-59", "Exim", reply_msg(
        i, "Mail Delivery System <Mailer-Daemon@mail.hostingco.example>", ME,
        "Auto-Reply: Mail delivery failed: returning message to sender", body,
        ["Auto-Submitted: auto-replied", "X-Failed-Recipients: m.clarke@oldfirm.example"], rp="<>", enc="7bit",
        cs="us-ascii", irt=False), [E("5.1.1", "550", "userunknown")])

    # Gmail bounce whose reply speaks of a closed mailbox / person gone
    i = nth()
    text = ("** Address not found **\n\nYour message wasn't delivered to r.patel@formerco.example because the address "
            "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
            "550 5.1.1 The email account that you tried to reach is disabled: employee has left the company\n")
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s" % date(i, 4)
    r = rec("r.patel@formerco.example", "failed", "5.1.1",
            "smtp; 550 5.1.1 The email account that you tried to reach is disabled: employee has left the company",
            "mx.formerco.example", dtype="smtp")
    r = r.replace("Diagnostic-Code: smtp; smtp; ", "Diagnostic-Code: smtp; ")
    add("dressed-gmail-left-60", "Gmail", report_msg(i, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)", [part("text/plain", text, cs="UTF-8"), dsn(per, [r]),
                                                   orig_headers(i, ME, "r.patel@formerco.example")],
        "000000000000a1b2c3%04d" % i, extra=["Auto-Submitted: auto-replied"]), [E("5.1.1", "550", "suspend")])

    # Exchange Online NDR (5.1.10) of a "person has left" address, subject Undeliverable
    i = nth()
    add("dressed-exo-left-61", "Exchange", exch_ndr(
        i, "former.staff@contoso.example", "5.1.10",
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient former.staff@contoso.example not found by SMTP address lookup",
        "Undeliverable: %s" % subj(i),
        "The email address you entered couldn't be found. The person may have left the organization.",
        gen="PAXPR03MB8115.eurprd03.prod.outlook.com"), [E("5.1.10", "550", "userunknown")])

    # a QQ / Exmail 退信 with 自动回复-like subject: a real failure (mailbox closed)
    i = nth()
    body = ("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n被退回的邮件：\n主　题：%s\n时　间：%s\n"
            "收件人：liming@gongsi.example\n\n退信原因：\n收件人邮箱已被注销（The recipient's mailbox has been closed）\n"
            "对方服务器返回信息：550 Mailbox not found or access denied\n" % (subj(i), date(i, 2)))
    add("dressed-exmail-bounce-62", "none", reply_msg(
        i, "PostMaster <PostMaster@qq.com>", ME, mimeword("退信：%s" % subj(i), "utf-8", "B"), body,
        ["Auto-Submitted: auto-replied", "X-QQ-Bounce: yes"], rp="<>", enc="base64", html=html_of(body),
        irt=False, received="smtpbg481.qq.com"), [E("5.0.911", "550", "userunknown")])

    # Exchange "Delivery delayed" beside an auto-reply subject: a delay, not a failure
    i = nth()
    gen = "VI1PR04MB6800.eurprd04.prod.outlook.com"
    text = ("Delivery is delayed to these recipients or groups:\n\ns.ahmed@slowhost.example (s.ahmed@slowhost.example)\n\n"
            "Subject: Automatic reply: %s\n\nThis message hasn't been delivered yet. Delivery will continue to be "
            "attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and "
            "54 minutes. You'll be notified if the message can't be delivered by that time.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: %s\nReceiving server: mx.slowhost.example\n\n"
            "s.ahmed@slowhost.example\nRemote Server at mx.slowhost.example (198.51.100.90) returned '400 4.4.7 Message delayed'\n"
            "%s - Remote Server at mx.slowhost.example (198.51.100.90) returned '441 4.4.1 Error encountered while "
            "communicating with primary target IP address: \"Failed to connect. Winsock error code: 10060\"'\n") % (
        subj(i), gen, date(i, 5))
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (gen, date(i, 4))
    r = rec("s.ahmed@slowhost.example", "delayed", "4.4.7",
            "smtp;400 4.4.7 Message delayed", "mx.slowhost.example")
    r = r.replace("Diagnostic-Code: smtp; smtp;", "Diagnostic-Code: smtp;")
    add("dressed-exo-delay-63", "Exchange", report_msg(i, "Microsoft Outlook <postmaster@example.com>",
        "Delivery delayed:Automatic reply: %s" % subj(i), [part("text/plain", text, "qp", "us-ascii"), dsn(per, [r]),
                                                          orig_headers(i, ME, "s.ahmed@slowhost.example",
                                                                       "Automatic reply: %s" % subj(i))],
        "_000_%s_" % ("Y%08X" % (i * 7777)), extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:",
                                                    "Auto-Submitted: auto-generated"]),
        [E("4.4.7", "", "expired")])

    # an auto-reply that quotes the original, whose quoted text holds an old bounce
    i = nth()
    body = ("I am on leave until 5 May. Your message has been received.\n\n"
            "-----Original Message-----\nFrom: Julie Moreau\nSent: %s\nSubject: FW: Undeliverable: %s\n\n"
            "Can you check why this bounced? It said 550 5.1.1 User unknown.\n" % (date(i, 8), subj(i)))
    add("dressed-ooo-quotes-bounce-64", "RFC3834", reply_msg(
        i, "Nils Berg <nils.berg@byra.example>", ME, "Automatic reply: FW: Undeliverable: %s" % subj(i), body,
        ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
         "X-MS-Exchange-Organization-AutoReply: OOF"], html=html_of(body)), [VAC])

    # Sendmail bounce of a vacation(1) reply: host unknown
    i = nth()
    host = "mail.univ.example.edu"
    text = ("The original message was received at %s\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<someone@nonexistent-domain.example>\n"
            "    (reason: 550 Host unknown)\n\n   ----- Transcript of session follows -----\n"
            "550 5.1.2 <someone@nonexistent-domain.example>... Host unknown (Name server: nonexistent-domain.example: host not found)\n") % date(i, 3)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date(i, 3))
    r = rec("someone@nonexistent-domain.example", "failed", "5.1.2", None, None, orig_rcpt=False)
    vac = raw(["Content-Type: message/rfc822"],
              "\n".join(["From: prof.h <prof.h@univ.example.edu>", "To: someone@nonexistent-domain.example",
                         "Subject: away from my mail", "Precedence: junk", "Date: %s" % date(i, 3),
                         "Message-ID: <%s>" % mid(i + 70, "univ.example.edu")]) +
              "\n\nI will not be reading my mail for a while.\n")
    add("dressed-sendmail-vacation1-65", "Sendmail", report_msg(i, "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
        "Returned mail: see transcript for details", [part("text/plain", text, cs="us-ascii"), dsn(per, [r]), vac],
        "x4L2kAbC998877.1700000065/%s" % host, extra=["Auto-Submitted: auto-generated (failure)"],
        to="prof.h@univ.example.edu"), [E("5.1.2", "550", "hostunknown")])

    # a plain-text "Out of Office" notice from an appliance that is a real quota bounce
    i = nth()
    body = ("Your message to k.tan@clinic.example could not be delivered.\n\n"
            "Reason: 552 5.2.2 Mailbox size limit exceeded - the recipient is out of the office and the mailbox is full.\n\n"
            "Original message:\nSubject: %s\nDate: %s\n" % (subj(i), date(i, 3)))
    add("dressed-appliance-full-66", "none", reply_msg(
        i, "Mail Administrator <postmaster@clinic.example>", ME, "Undeliverable: Out of Office / %s" % subj(i), body,
        ["Auto-Submitted: auto-replied", "X-Mailer: MailGateway 10"], rp="<>", enc="7bit", cs="us-ascii",
        irt=False), [E("5.2.2", "552", "mailboxfull")])

    # Gmail delay notice for a message sent to an auto-replying mailbox
    i = nth()
    text = ("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
            "ops@busy.example. Gmail will retry for 47 more hours. You'll be notified if the delivery fails "
            "permanently.\n\nThe response from the remote server was:\n"
            "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\n")
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s" % date(i, 4)
    r = rec("ops@busy.example", "delayed", "4.2.2",
            "452 4.2.2 The recipient's inbox is out of storage space.", "mx.busy.example")
    add("dressed-gmail-delay-67", "Gmail", report_msg(i, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)", [part("text/plain", text, cs="UTF-8"), dsn(per, [r]),
                                                 orig_headers(i, ME, "ops@busy.example")],
        "000000000000d4e5f6%04d" % i, extra=["Auto-Submitted: auto-replied"]), [E("4.2.2", "452", "mailboxfull")])

    # 163 auto-reply says the address will be closed (a real auto-reply, not a bounce)
    i = nth()
    body = "本邮箱即将停用，请改发至 zhao.new@gongsi.example。此邮件为自动回复。"
    add("left-163-68", "RFC3834", reply_msg(
        i, "zhao_lei@126.com", ME, mimeword("自动回复:邮箱停用通知", "GBK", "B"), body,
        ["X-Autoreply: yes", "Auto-Submitted: auto-replied"], cs="GBK", enc="base64",
        received="m15-111.126.com"), [VAC])

    # an ARF report whose reported message is itself an auto-reply (feedback, not vacation)
    i = nth()
    arf("arf-of-autoreply-70", i, "feedback@arf.mail.yahoo.com", "fbl@example.com",
        "FW: Automatic reply: Spring offers",
        "This is an email abuse report for an email message from example.com on {date}\n",
        ["Feedback-Type: abuse", "User-Agent: Yahoo!-Mail-Feedback/2.0", "Version: 0.1",
         "Original-Mail-From: <{sender}>", "Original-Rcpt-To: <{rcpt}>", "Received-Date: {date}", "Source-IP: {ip}",
         "Reported-Domain: example.com"], "someone@yahoo.com", kind="headers", sender="j.moreau@example.com")

    # Microsoft 365 "Your message couldn't be delivered" wrapped with "Automatic reply" in the subject
    # and Auto-Submitted: a quota failure
    i = nth()
    add("dressed-exchange-full-71", "Exchange", exch_ndr(
        i, "a.silva@cliente.example", "5.2.2",
        "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        "Automatic reply: Delivery has failed",
        "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]), [E("5.2.2", "554", "mailboxfull")])

    # ISP abuse desk forwards a complaint as plain text (no ARF): not a bounce
    i = nth()
    body = ("Hello,\n\nWe received the complaint below about mail from your server 192.0.2.77. Please investigate "
            "and reply within 48 hours.\n\n--- complaint ---\nI never signed up for this newsletter, please make it stop.\n\n"
            "Regards,\nAbuse Department")
    add("complaint-plain-72", "none", reply_msg(
        i, "Abuse Department <abuse@hoster.example>", "postmaster@example.com", "[Abuse #558102] Spam complaint",
        body, ["X-Ticket-ID: 558102"], enc="7bit", irt=False), [])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    vacation()
    people_left()
    tickets()
    challenges()
    feedback()
    success()
    receipts()
    dressed()
    write_set(out, SETS)


if __name__ == "__main__":
    main()
