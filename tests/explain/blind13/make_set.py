#!/usr/bin/env python3
"""make_set.py: write the blind13 set and its labels.

blind13 covers bounces that are NOT in English, as real systems send
them: Exchange Online and Exchange on-premises NDRs localized (German,
French, Spanish, Portuguese, Italian, Dutch, Japanese, Chinese simplified
and traditional), Postfix and Exim bounces whose human part the admin
translated (the DSN part still in English), and the providers' own
bounces in their languages and charsets: GMX, web.de, T-Online, Orange,
Free, La Poste, SFR, Yandex, Mail.ru, NTT docomo, au/KDDI, SoftBank,
Nifty, OCN, Biglobe, Naver, Daum, QQ/Exmail, NetEase 163/126, Sina,
Sohu, Coremail, Alibaba Mail, HiNet, UOL, Terra, Seznam, WP.pl, Onet,
Libero, Aruba, with out-of-office replies in other languages and a
localized success DSN.  Charsets: UTF-8, ISO-8859-1/-2/-15, KOI8-R,
ISO-2022-JP, Shift_JIS, EUC-KR, GB2312/GBK/GB18030, Big5, in base64,
quoted-printable, 7bit and 8bit, with RFC 2047 subjects.

The messages were modelled from memory of those systems' templates,
WITHOUT reading mailfix's data/, lib/ or tests/cases/, without reading
the earlier blind sets' messages, and without running mailfix.  The
labels are what Sisimai is judged to answer (status, reply code, reason,
hardbounce).  Only example domains and documentation addresses are used,
besides the provider host names that identify a provider.

Messages whose body is 8bit in a charset other than UTF-8 are written
as bytes in that charset (every other file is UTF-8 or ASCII).

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import E, Mime, b64, dsn, fold, mimewords as mw, qp, raw, rec, write_set  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
RAWCS = {}      # file name -> charset of a message written as 8bit bytes
SA = "sender@example.com"


def add(name, engine, msg, exp, rawcs=None):
    assert name not in [s[0] for s in SETS], name
    if rawcs:
        msg.encode(rawcs)       # fails loudly when a character is not in the charset
        RAWCS[name] = rawcs
    SETS.append((name, engine, msg, exp))


BODY = "Hello,\n\nattached are the meeting notes of Tuesday. Please review them before Friday.\n\nBest regards,\nSender\n"

# The builders (blindset.py) with this batch's constants: the original's
# Received id and DKIM b=, and BODY (part's enc may be jis: ISO-2022-JP).
M = Mime("out1.example.com with ESMTPSA id 7C1D20B4", BODY, dkim_b="Qm9vZ2xlZ2VuZXJhdGVkMTIzNDU2Nzg5")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned


def said(host, ip, reply, cmd="RCPT TO"):
    return "host %s[%s] said: %s (in reply to %s command)" % (host, ip, reply, cmd)


# ==========================================================================
# Exchange Online NDRs, localized (and two Exchange on-premises ones)
# ==========================================================================

# lang: (Content-Language, subject prefix, title(addr), "diagnostic for
# admins" heading, "generating server" label, "remote server returned"
# format, "original message headers" heading) -- the heading is None when
# the tenant's NDR keeps the English administrator block.
NDR = {
    "de": ("de-DE", "Unzustellbar: ", "Ihre Nachricht an %s konnte nicht zugestellt werden.",
           "Diagnoseinformationen für Administratoren:", "Generierender Server", "Remoteserver hat '%s' zurückgegeben",
           "Ursprüngliche Nachrichtenkopfzeilen:"),
    "de2": ("de-DE", "Unzustellbar: ", "Die Nachricht konnte nicht zugestellt werden an: %s", None, None, None, None),
    "fr": ("fr-FR", "Non remis : ", "Votre message à %s n'a pas pu être remis.",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération",
           "Le serveur distant a retourné '%s'", "En-têtes de message d'origine :"),
    "es": ("es-ES", "No se puede entregar: ", "No se pudo entregar su mensaje a %s.", None, None, None, None),
    "pt": ("pt-BR", "Não é possível entregar: ", "Não foi possível entregar sua mensagem para %s.", None, None, None, None),
    "it": ("it-IT", "Non recapitabile: ", "Impossibile recapitare il messaggio a %s.",
           "Informazioni di diagnostica per gli amministratori:", "Server di generazione",
           "Il server remoto ha restituito '%s'", "Intestazioni originali del messaggio:"),
    "nl": ("nl-NL", "Onbestelbaar: ", "Uw bericht aan %s kan niet worden bezorgd.", None, None, None, None),
    "ja": ("ja-JP", "配信不能: ", "%s にメッセージを配信できませんでした。", None, None, None, None),
    "zh": ("zh-CN", "无法投递: ", "无法将你的邮件传递到 %s。", None, None, None, None),
    "tw": ("zh-TW", "無法傳遞: ", "無法將您的郵件傳遞到 %s。", None, None, None, None),
}
GEN = "FR2P281MB1234.DEUP281.PROD.OUTLOOK.COM"
DO = "Mon, 17 Nov 2025 08:%02d:11 +0000"
NDRN = [0]


def ndr(name, lang, addr, human, remote, reply, status, exp, remote_dsn=True, onprem=False, subj="Angebot Q1 2026",
        enc="qp", lines=None, gen=GEN):
    """An Exchange NDR in lang; reply is the remote's reply without the quoting."""
    NDRN[0] += 1
    date = DO % NDRN[0]
    cl, sp, title, diag_h, gen_l, ret_f, orig_h = NDR[lang]
    diag_h = diag_h or "Diagnostic information for administrators:"
    gen_l = gen_l or "Generating server"
    ret_f = ret_f or "Remote server returned '%s'"
    orig_h = orig_h or "Original message headers:"
    if onprem:
        ret_f = "#%s ##"
    txt = "%s\n\n%s\n\n%s\n\n%s: %s\n\n%s\n%s\n%s\n\n%s\n\nReceived: from FR2P281MB5678.DEUP281.PROD.OUTLOOK.COM\n (2603:10a6:d10:5e::9) by %s with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.20; %s\n" % (
        title % addr, human, diag_h, gen_l, gen, addr, remote or gen, ret_f % reply, orig_h, gen, date)
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" \
           "<p><b><font color=\"#000066\" size=\"3\">%s</font></b></p><p>%s</p></body></html>" % (title % addr, human.replace("\n", "<br>"))
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;FR2P281MB5678.DEUP281.PROD.OUTLOOK.COM\nArrival-Date: %s" % (gen, date)
    frm = "Microsoft Outlook <MAILER-DAEMON@%s.outlook.com>" % gen.split(".")[0].lower()
    if onprem:
        frm = "Microsoft Exchange <postmaster@example.org>"
    h = ["Return-Path: <>", "From: %s" % frm, "To: <%s>" % SA, "Date: %s" % date,
         "Subject: %s" % (mw(sp + subj, "utf-8", "Q" if lang in ("de", "de2", "fr", "es", "pt", "it", "nl") else "B")
                          if any(ord(c) > 127 for c in sp + subj) else sp + subj),
         "Content-Language: %s" % cl, "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         "Message-ID: <%s@%s>" % (name[:-4].replace("-", ""), gen), "X-MS-Exchange-Organization-SCL: -1"]
    if onprem:
        h = [x for x in h if not x.startswith("X-MS-Exchange-Organization")]
    r = [rec(addr, "failed", status, reply, remote if remote_dsn else None)] if lines is None else lines
    alt = multipart("alternative", [part("text/plain", txt, enc=enc, cs="utf-8"),
                                    part("text/html", html, cs="utf-8", enc=enc)], "alt_" + name[:-4], preamble="")
    body = multipart("report", [alt, dsn(per, r), returned(addr, subj, date, "AM9PR%02d@example.com" % NDRN[0], "headers")],
                     "rep_" + name[:-4], params=" report-type=delivery-status;")
    add(name, "Office365" if not onprem else "Exchange2007", "\n".join(h) + "\n" + body, exp)


EOP = "example-de.mail.protection.outlook.com"
R10 = "550 5.1.10 RecipientNotFound; Recipient not found by SMTP address lookup"
R22 = ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
       "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]")
ndr("o365-de-01.eml", "de", "jonas.weber@example.de", "jonas.weber wurde bei example.de nicht gefunden.", EOP, R10, "5.1.10",
    [E("5.1.10", "550", "userunknown")])
ndr("o365-de-02.eml", "de", "petra.klein@example.de", "Das Postfach von petra.klein ist voll.", EOP, R22, "5.2.2",
    [E("5.2.2", "554", "mailboxfull")], enc="base64")
ndr("o365-de-03.eml", "de2", "einkauf@example.de",
    "Ihre Nachricht wurde nicht zugestellt, da der E-Mail-Anbieter des Empfängers sie abgelehnt hat.", EOP,
    "550 5.7.1 Delivery not authorized, message refused", "5.7.1", [E("5.7.1", "550", "rejected")])
ndr("o365-de-04.eml", "de", "lukas.braun@example.de",
    "Ihre Nachricht wurde nicht zugestellt, da die Sicherheits- oder Richtlinieneinstellungen bei example.de sie abgelehnt haben.", EOP,
    "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. "
    "[FR3P281MB0011.DEUP281.PROD.OUTLOOK.COM 2025-11-17T08:04:11.000Z 08DE0A1B2C3D4E5F]", "5.7.509",
    [E("5.7.509", "550", "authfailure")])
ndr("o365-fr-05.eml", "fr", "claire.martin@example.fr", "claire.martin est introuvable sur example.fr.",
    "example-fr.mail.protection.outlook.com", R10, "5.1.10", [E("5.1.10", "550", "userunknown")], subj="Devis n° 2025-118")
ndr("o365-fr-06.eml", "fr", "achats@example.fr",
    "Le système de messagerie du destinataire n'a pas accepté le message avant son expiration.",
    "example-fr.mail.protection.outlook.com", "550 4.4.7 QUEUE.Expired; message expired", "4.4.7",
    [E("4.4.7", "", "expired")], subj="Devis n° 2025-119")
ndr("o365-fr-07.eml", "fr", "paul.durand@example.fr",
    "Votre message n'a pas été remis, car l'adresse IP d'envoi figure sur une liste de blocage.",
    "example-fr.mail.protection.outlook.com",
    "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit "
    "https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)",
    "5.7.606", [E("5.7.606", "550", "blocked")], subj="Devis n° 2025-120")
ndr("o365-es-08.eml", "es", "lucia.garcia@example.es", "No se encontró a lucia.garcia en example.es.",
    "example-es.mail.protection.outlook.com", R10, "5.1.10", [E("5.1.10", "550", "userunknown")], subj="Presupuesto 2026")
ndr("o365-es-09.eml", "es", "ventas@example.es",
    "El destinatario ha recibido demasiados mensajes de usted en la última hora. Inténtelo de nuevo más tarde.",
    "example-es.mail.protection.outlook.com",
    "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded. "
    "[DB8PEPF00000A1B.eurprd05.prod.outlook.com 2025-11-17T08:09:11.000Z 08DE0A1B2C3D4E61]", "5.2.121",
    [E("5.2.121", "550", "speeding")], subj="Presupuesto 2026", enc="base64")
ndr("o365-es-10.eml", "es", "marta.lopez@example.net",
    "El administrador de correo electrónico ha bloqueado el reenvío automático de sus mensajes a destinatarios externos.", None,
    "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
    "5.7.520", [E("5.7.520", "550", "securityerror")], remote_dsn=False, subj="RE: Presupuesto 2026")
ndr("o365-pt-12.eml", "pt", "compras@example.com.br", "Sua mensagem é grande demais para ser entregue.",
    "mx.example.com.br", "552 5.3.4 Message size exceeds fixed maximum message size", "5.3.4",
    [E("5.3.4", "552", "mesgtoobig")], subj="Proposta comercial (anexos)")
ndr("o365-it-13.eml", "it", "marco.rossi@example.it", "Impossibile trovare marco.rossi in example.it.",
    "example-it.mail.protection.outlook.com", R10, "5.1.10", [E("5.1.10", "550", "userunknown")], subj="Preventivo 2026")
ndr("o365-it-14.eml", "it", "giulia.bianchi@example.it",
    "Il messaggio è stato rifiutato perché il dominio del mittente non ha superato il controllo SPF.",
    "example-it.mail.protection.outlook.com",
    "550 5.7.23 The message was rejected because of Sender Policy Framework violation", "5.7.23",
    [E("5.7.23", "550", "authfailure")], subj="Preventivo 2026")
ndr("o365-nl-16.eml", "nl", "info@example.nl", "Het adres is niet gevonden of de toegang is geweigerd.",
    "example-nl.mail.protection.outlook.com",
    "550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2025-11-17T08:16:11.000Z 08DE0A1B2C3D4E60]",
    "5.4.1", [E("5.4.1", "550", "userunknown")], subj="Offerte 2026")
ndr("o365-ja-17.eml", "ja", "tanaka@example.co.jp", "tanaka が example.co.jp で見つかりませんでした。",
    "example-co-jp.mail.protection.outlook.com", R10, "5.1.10", [E("5.1.10", "550", "userunknown")], subj="お見積りの件", enc="base64")
ndr("o365-ja-18.eml", "ja", "sato@example.co.jp", "sato のメールボックスにアクセスできないため、メッセージを配信できませんでした。",
    "example-co-jp.mail.protection.outlook.com",
    "550 5.2.1 Mailbox cannot be accessed [TYCPR01MB1234.jpnprd01.prod.outlook.com 2025-11-17T08:18:11.000Z 08DE0A1B2C3D4E62]",
    "5.2.1", [E("5.2.1", "550", "suspend")], subj="お見積りの件", enc="base64")
ndr("o365-ja-19.eml", "ja", "suzuki@example.co.jp",
    "送信元の IP アドレスからのトラフィックは受け付けられていないため、メッセージは配信されませんでした。",
    "example-co-jp.mail.protection.outlook.com",
    "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to "
    "http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)", "5.7.708", [E("5.7.708", "550", "speeding")], subj="お見積りの件", enc="base64")
ndr("o365-zh-21.eml", "zh", "li.na@example.cn", "你的邮件未送达，因为发送方 IP 地址在阻止列表中。",
    "example-cn.mail.protection.outlook.com",
    "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit "
    "https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)",
    "5.7.606", [E("5.7.606", "550", "blocked")], subj="报价单", enc="base64")
ndr("o365-tw-23.eml", "tw", "lin.yu@example.com.tw", "您的郵件太大，無法傳遞給 lin.yu@example.com.tw。",
    "example-tw.mail.protection.outlook.com",
    "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "5.2.3",
    [E("5.2.3", "550", "exceedlimit")], subj="報價單 (附件)", enc="base64")
# Two recipients in one German NDR
ndr("o365-de-24.eml", "de", "anna.schmidt@example.de", "anna.schmidt wurde bei example.de nicht gefunden.", EOP, R10, "5.1.10",
    [E("5.1.10", "550", "userunknown"), E("5.2.2", "554", "mailboxfull")],
    lines=[rec("anna.schmidt@example.de", "failed", "5.1.10", R10, EOP), rec("max.mueller@example.de", "failed", "5.2.2", R22, EOP)])
# Exchange 2016/2019 on-premises, German and French
ndr("exchange-de-25.eml", "de", "vertrieb@example.org", "Der Empfänger wurde nicht gefunden.", "EX01.example.org",
    "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", [E("5.1.1", "550", "userunknown")],
    remote_dsn=False, onprem=True, gen="EX01.example.org")
ndr("exchange-fr-26.eml", "fr", "direction@example.org",
    "Le groupe direction n'accepte que les messages des expéditeurs authentifiés.", "EX02.example.org",
    "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "5.7.1", [E("5.7.1", "550", "securityerror")],
    remote_dsn=False, onprem=True, gen="EX02.example.org", subj="Rapport mensuel")


# ==========================================================================
# Postfix bounces whose human part the admin translated (bounce.cf
# templates in other languages); the DSN part stays in English
# ==========================================================================

PFT = {
    "de": ("Unzustellbare Nachricht an den Absender zurückgeschickt",
           "Dies ist das Mailsystem auf dem Rechner %s.\n\n"
           "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht\n"
           "zugestellt werden. Sie ist unten angehängt.\n\n"
           "Für weitere Hilfe senden Sie bitte eine E-Mail an postmaster.\n\n"
           "Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Ihren\n"
           "eigenen Text können Sie aus der zurückgesandten Nachricht entfernen.\n\n"
           "                   Das Mailsystem\n\n"),
    "de-delay": ("Verzögerte Nachricht (Zustellung wird weiter versucht)",
                 "Dies ist das Mailsystem auf dem Rechner %s.\n\n"
                 "##########################################################################\n"
                 "# DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT NEU SENDEN. #\n"
                 "##########################################################################\n\n"
                 "Ihre Nachricht konnte seit mehr als 4 Stunde(n) nicht zugestellt werden.\n"
                 "Die Zustellung wird versucht, bis sie 5 Tag(e) alt ist.\n\n"
                 "Für weitere Hilfe senden Sie bitte eine E-Mail an postmaster.\n\n"
                 "                   Das Mailsystem\n\n"),
    "de-ok": ("Erfolgreiche Zustellung (Zustellbericht)",
              "Dies ist das Mailsystem auf dem Rechner %s.\n\n"
              "Ihre Nachricht wurde erfolgreich an die unten genannten Empfänger\n"
              "zugestellt. Wurde sie in ein Postfach zugestellt, erhalten Sie keine\n"
              "weiteren Benachrichtigungen.\n\n"
              "                   Das Mailsystem\n\n"),
    "fr": ("Message non remis retourné à l'expéditeur",
           "Ceci est le système de messagerie de la machine %s.\n\n"
           "J'ai le regret de vous informer que votre message n'a pas pu\n"
           "être remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n"
           "Pour obtenir de l'aide, veuillez écrire à postmaster.\n\n"
           "Si vous le faites, joignez ce rapport d'erreur. Vous pouvez retirer\n"
           "votre propre texte du message retourné.\n\n"
           "                   Le système de messagerie\n\n"),
    "es": ("Correo no entregado devuelto al remitente",
           "Este es el sistema de correo del servidor %s.\n\n"
           "Lamento informarle que su mensaje no pudo ser entregado a uno o más\n"
           "destinatarios. Se adjunta a continuación.\n\n"
           "Para más ayuda, por favor escriba a postmaster.\n\n"
           "                   El sistema de correo\n\n"),
    "pt": ("Mensagem não entregue devolvida ao remetente",
           "Este é o sistema de correio do servidor %s.\n\n"
           "Lamentamos informar que sua mensagem não pôde ser entregue a um ou\n"
           "mais destinatários. Ela está anexada abaixo.\n\n"
           "Para mais ajuda, envie um e-mail para postmaster.\n\n"
           "                   O sistema de correio\n\n"),
    "it": ("Messaggio non recapitato restituito al mittente",
           "Questo è il sistema di posta del server %s.\n\n"
           "Siamo spiacenti di informarla che il suo messaggio non è stato\n"
           "recapitato a uno o più destinatari. È allegato qui sotto.\n\n"
           "Per ulteriore assistenza scriva a postmaster.\n\n"
           "                   Il sistema di posta\n\n"),
    "ru": ("Недоставленное сообщение возвращено отправителю",
           "Это почтовая система сервера %s.\n\n"
           "К сожалению, ваше сообщение не удалось доставить одному или\n"
           "нескольким получателям. Оно приложено ниже.\n\n"
           "Если вам нужна помощь, напишите на адрес postmaster.\n\n"
           "                   Почтовая система\n\n"),
    "pl": ("Wiadomość niedostarczona - zwrot do nadawcy",
           "To jest system pocztowy serwera %s.\n\n"
           "Niestety Twoja wiadomość nie mogła zostać dostarczona do jednego\n"
           "lub więcej odbiorców. Jest załączona poniżej.\n\n"
           "W razie pytań napisz do postmaster.\n\n"
           "                   System pocztowy\n\n"),
    "cs": ("Nedoručitelná zpráva vrácena odesílateli",
           "Toto je poštovní systém na serveru %s.\n\n"
           "Je nám líto, ale vaši zprávu se nepodařilo doručit jednomu nebo\n"
           "více příjemcům. Je přiložena níže.\n\n"
           "S dotazy se obraťte na postmastera.\n\n"
           "                   Poštovní systém\n\n"),
    "ja": ("配送不能メールの返送",
           "これは %s のメールシステムです。\n\n"
           "申し訳ありませんが、あなたのメッセージを一人または複数の受信者に\n"
           "配送できませんでした。元のメッセージを下に添付します。\n\n"
           "詳しくは postmaster までお問い合わせください。\n\n"
           "                   メールシステム\n\n"),
    "zh": ("退信：邮件无法投递",
           "这是服务器 %s 上的邮件系统。\n\n"
           "很抱歉通知您，您的邮件无法投递给一个或多个收件人。\n"
           "原邮件附在下面。\n\n"
           "如需帮助，请联系 postmaster。\n\n"
           "                   邮件系统\n\n"),
}
PFN = [0]


def postfix(name, lang, host, recips, exp, cs="utf-8", enc="qp", kind="message", rawcs=None, engine="RFC3464",
            subj_enc="Q", action_ok=False):
    """recips: (addr, action, status, diag or None, remote or None, text[, dtype])."""
    PFN[0] += 1
    date = "Tue, 18 Nov 2025 09:%02d:27 +0100 (CET)" % PFN[0]
    qid = "4dB%dKp%02dLw3z" % (PFN[0] % 10, PFN[0])
    subj, intro = PFT[lang]
    text = intro % host + "\n".join("<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (host, qid, SA, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], dtype=(r[6] if len(r) > 6 else "smtp")) for r in recips]
    if enc == "jis":
        subject = mw(subj, "iso-2022-jp")
    else:
        subject = mw(subj, cs, subj_enc)
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: %s" % subject, "To: %s" % SA,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%d@%s>" % (qid, PFN[0], host)]
    body = multipart("report", [part("text/plain", text, enc=enc, cs=cs, extra=["Content-Description: Notification"]),
                                raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                                    dsn(per, rs).split("\n\n", 1)[1]),
                                returned(recips[0][0], "Besprechungsnotizen", date, "notes%02d@example.com" % PFN[0], kind)],
                     "%s.%d/%s" % (qid, 1763450000 + PFN[0], host), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp, rawcs)


def pf1(name, lang, host, addr, status, reply, rhost, rip, exp, cmd="RCPT TO", action="failed", **kw):
    """One recipient refused by a remote SMTP server."""
    postfix(name, lang, host, [(addr, action, status, reply, rhost, said(rhost, rip, reply, cmd))], exp, **kw)


H_DE = "mail.example.de"
# German admins; German providers as the remote
pf1("postfix-de-01.eml", "de", H_DE, "klaus@gmx.de", "5.0.0", "550 Requested action not taken: mailbox unavailable",
    "mx00.emig.gmx.net", "212.227.15.9", [E("5.0.0", "550", "userunknown")])
pf1("postfix-de-02.eml", "de", H_DE, "sabine@web.de", "5.2.2",
    "552 5.2.2 Requested mail action aborted: exceeded storage allocation", "mx-ha03.web.de", "212.227.17.8",
    [E("5.2.2", "552", "mailboxfull")])
postfix("postfix-de-03.eml", "de", H_DE, [
    ("uwe@t-online.de", "failed", "5.0.0",
     "554 IP=192.0.2.10 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)",
     "mx00.t-online.de", "host mx00.t-online.de[194.25.134.8] refused to talk to me: 554 IP=192.0.2.10 - A problem occurred. "
     "(Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)")],
    [E("5.0.0", "554", "onhold")], enc="8bit")
postfix("postfix-de-04.eml", "de-delay", H_DE, [
    ("heike@example.de", "delayed", "4.4.1", None, None,
     "connect to mx.example.de[192.0.2.80]:25: Connection timed out", "X-Postfix")],
    [E("4.4.1", "", "expired")], kind="headers")
postfix("postfix-de-05.eml", "de", H_DE, [
    ("bernd@example.invalid", "failed", "5.4.4", None, None,
     "Host or domain name not found. Name service error for name=example.invalid type=AAAA: Host not found")],
    [E("5.4.4", "", "hostunknown")], cs="iso-8859-1")
postfix("postfix-de-06.eml", "de-ok", H_DE, [
    ("ines@example.de", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 4dC1Yq3kLmz9", "mx.example.de",
     "delivery via mx.example.de[192.0.2.80]:25: 250 2.0.0 Ok: queued as 4dC1Yq3kLmz9")],
    [E("2.0.0", "250", "delivered")], kind="headers", enc="8bit")
pf1("postfix-de-07.eml", "de", H_DE, "jens@example.de", "5.7.1",
    "554 5.7.1 <jens@example.de>: Relay access denied", "mx.example.de", "192.0.2.80", [E("5.7.1", "554", "norelaying")],
    cs="iso-8859-15")
postfix("postfix-de-08.eml", "de", H_DE, [
    ("kai@example.de", "failed", "5.1.1", "550 5.1.1 <kai@example.de>: Recipient address rejected: User unknown in virtual mailbox table",
     "mx.example.de", said("mx.example.de", "192.0.2.80", "550 5.1.1 <kai@example.de>: Recipient address rejected: User unknown in virtual mailbox table")),
    ("lea@example.de", "failed", "5.2.2", "552 5.2.2 <lea@example.de>: Recipient address rejected: Mailbox is full",
     "mx.example.de", said("mx.example.de", "192.0.2.80", "552 5.2.2 <lea@example.de>: Recipient address rejected: Mailbox is full"))],
    [E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull")])
# French admins; Orange, La Poste, Free, SFR as the remote
pf1("postfix-fr-09.eml", "fr", "mail.example.fr", "julien@orange.fr", "5.1.1",
    "550 5.1.1 <julien@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
    "smtp-in.orange.fr", "193.252.22.65", [E("5.1.1", "550", "userunknown")])
pf1("postfix-fr-10.eml", "fr", "mail.example.fr", "nathalie@wanadoo.fr", "5.1.1",
    "552 5.1.1 <nathalie@wanadoo.fr>: Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
    "smtp-in.orange.fr", "193.252.22.65", [E("5.1.1", "552", "mailboxfull")])
pf1("postfix-fr-11.eml", "fr", "mail.example.fr", "sophie@orange.fr", "5.0.0",
    "554 smtp-in.orange.fr Mail rejete. Mail rejected. OFR_506 [506]", "smtp-in.orange.fr", "193.252.22.65",
    [E("5.0.0", "554", "spamdetected")], cmd="end of DATA")
pf1("postfix-fr-12.eml", "fr", "mail.example.fr", "thomas@laposte.net", "5.0.0",
    "550 mwinf5c10 LPN007_510 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN105_510 [510]",
    "smtpz4.laposte.net", "160.92.124.66", [E("5.0.0", "550", "blocked")], cmd="MAIL FROM")
pf1("postfix-fr-13.eml", "fr", "mail.example.fr", "camille@free.fr", "5.1.1",
    "550 5.1.1 <camille@free.fr>: Recipient address rejected: free.fr", "mx1.free.fr", "212.27.48.6",
    [E("5.1.1", "550", "userunknown")])
pf1("postfix-fr-14.eml", "fr", "mail.example.fr", "antoine@sfr.fr", "5.7.1",
    "554 5.7.1 Message rejete: message considered as spam or virus", "mx.sfr.fr", "93.17.128.3",
    [E("5.7.1", "554", "spamdetected")], cmd="end of DATA", cs="iso-8859-1", enc="8bit", rawcs="iso-8859-1")
# Spanish, Portuguese (Brazil), Italian admins
pf1("postfix-es-15.eml", "es", "correo.example.es", "pablo@example.es", "5.7.1",
    "550 5.7.1 Message rejected: Virus detected (Eicar-Test-Signature)",
    "mx.example.es", "192.0.2.90", [E("5.7.1", "550", "virusdetected")], cmd="end of DATA", cs="iso-8859-1")
pf1("postfix-es-16.eml", "es", "correo.example.es", "elena@example.es", "5.3.4",
    "552 5.3.4 Message size exceeds fixed limit", "mx.example.es", "192.0.2.90", [E("5.3.4", "552", "mesgtoobig")],
    cmd="end of DATA")
pf1("postfix-pt-17.eml", "pt", "mail.example.com.br", "rafael@uol.com.br", "5.1.1",
    "550 5.1.1 <rafael@uol.com.br>: Recipient address rejected: Conta de email inexistente / Email account does not exist",
    "mx.uol.com.br", "200.147.36.15", [E("5.1.1", "550", "userunknown")], cs="iso-8859-1")
pf1("postfix-pt-18.eml", "pt", "mail.example.com.br", "beatriz@terra.com.br", "4.2.2",
    "452 4.2.2 <beatriz@terra.com.br>: Recipient address rejected: Mailbox full", "mx.terra.com.br", "208.84.244.133",
    [E("4.2.2", "452", "mailboxfull")], action="delayed")
pf1("postfix-it-19.eml", "it", "posta.example.it", "luca@libero.it", "5.1.1",
    "550 5.1.1 <luca@libero.it>: recipient rejected", "smtp-in.libero.it", "213.209.1.129",
    [E("5.1.1", "550", "userunknown")])
pf1("postfix-it-20.eml", "it", "posta.example.it", "chiara@aruba.it", "5.7.1",
    "550 5.7.1 Message rejected due to local policy", "mx.aruba.it", "62.149.128.157",
    [E("5.7.1", "550", "policyviolation")], cmd="end of DATA")
# Russian admin, KOI8-R 8bit; Yandex and Mail.ru as the remote
pf1("postfix-ru-21.eml", "ru", "mail.example.ru", "ivan@yandex.ru", "5.7.1", "550 5.7.1 No such user!",
    "mx.yandex.ru", "77.88.21.249", [E("5.7.1", "550", "userunknown")], cs="koi8-r", enc="8bit", rawcs="koi8-r")
pf1("postfix-ru-22.eml", "ru", "mail.example.ru", "olga@mail.ru", "5.0.0",
    "550 Message was not accepted -- invalid mailbox.  Local mailbox olga@mail.ru is unavailable: user not found",
    "mxs.mail.ru", "94.100.180.31", [E("5.0.0", "550", "userunknown")], cs="koi8-r", enc="8bit", rawcs="koi8-r")
pf1("postfix-ru-23.eml", "ru", "mail.example.ru", "dmitry@mail.ru", "5.0.0",
    "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=AbCdEf01 or report details to abuse@corp.mail.ru. Error code: 8F2B1C.",
    "mxs.mail.ru", "94.100.180.31", [E("5.0.0", "550", "spamdetected")], cmd="end of DATA", cs="utf-8", enc="base64")
# Polish and Czech admins; WP, Onet and Seznam as the remote
pf1("postfix-pl-24.eml", "pl", "poczta.example.pl", "marek@wp.pl", "4.7.25",
    "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.10]", "mx.wp.pl", "212.77.101.1",
    [E("4.7.25", "450", "requireptr")], cs="iso-8859-2", action="delayed")
pf1("postfix-pl-25.eml", "pl", "poczta.example.pl", "ewa@onet.pl", "5.7.1",
    "554 5.7.1 Message rejected as spam by Content Filtering", "mx.poczta.onet.pl", "213.180.147.146",
    [E("5.7.1", "554", "spamdetected")], cmd="end of DATA", cs="iso-8859-2", enc="8bit", rawcs="iso-8859-2")
pf1("postfix-cs-26.eml", "cs", "mail.example.cz", "petr@seznam.cz", "5.1.1",
    "550 5.1.1 Mailbox does not exist", "mx1.seznam.cz", "77.75.78.42", [E("5.1.1", "550", "userunknown")], enc="8bit")
pf1("postfix-cs-27.eml", "cs", "mail.example.cz", "jana@email.cz", "4.7.1",
    "451 4.7.1 Greylisted, please try again later", "mx2.seznam.cz", "77.75.76.42", [E("4.7.1", "451", "blocked")],
    action="delayed")
# Japanese admin (ISO-2022-JP); docomo, au, SoftBank as the remote
pf1("postfix-ja-28.eml", "ja", "mail.example.co.jp", "hanako@docomo.ne.jp", "5.0.0", "550 Unknown user hanako@docomo.ne.jp",
    "mfsmax.docomo.ne.jp", "203.138.180.112", [E("5.0.0", "550", "userunknown")], cs="iso-2022-jp", enc="jis")
pf1("postfix-ja-29.eml", "ja", "mail.example.co.jp", "taro@ezweb.ne.jp", "5.0.0",
    "550 : User unknown", "lsean.ezweb.ne.jp", "111.107.160.5",
    [E("5.0.0", "550", "filtered")], cs="iso-2022-jp", enc="jis")
pf1("postfix-ja-30.eml", "ja", "mail.example.co.jp", "jiro@i.softbank.jp", "5.2.2",
    "552 5.2.2 <jiro@i.softbank.jp>: Mailbox full", "mx.i.softbank.jp", "210.146.7.30",
    [E("5.2.2", "552", "mailboxfull")], cs="iso-2022-jp", enc="jis")
postfix("postfix-ja-31.eml", "ja", "mail.example.co.jp", [
    ("ichiro@example.ne.jp", "failed", "5.4.4", None, None,
     "Host or domain name not found. Name service error for name=example.ne.jp type=MX: Host not found")],
    [E("5.4.4", "", "hostunknown")], cs="iso-2022-jp", enc="jis")
# Chinese admin (GB2312); Sina and Sohu as the remote
pf1("postfix-zh-32.eml", "zh", "mail.example.cn", "zhao@sina.com", "5.0.0",
    "550 Mailbox not found or access denied", "mx.sina.com.cn", "202.108.3.241", [E("5.0.0", "550", "userunknown")],
    cs="gb2312", enc="base64", subj_enc="B")
pf1("postfix-zh-33.eml", "zh", "mail.example.cn", "qian@sohu.com", "5.0.0",
    "552 Requested mail action aborted: exceeded mailsize limit", "mx.sohu.com", "220.181.90.34",
    [E("5.0.0", "552", "mesgtoobig")], cmd="end of DATA", cs="gb2312", enc="base64", subj_enc="B")


# ==========================================================================
# Exim bounces whose intro the admin translated (bounce_message_file);
# the per-address lines are Exim's own, in English
# ==========================================================================

EXT = {
    "de": ("Zustellung fehlgeschlagen: Nachricht an Absender zurückgeschickt",
           "Diese Nachricht wurde automatisch von der Mail-Software erzeugt.\n\n"
           "Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere\n"
           "Empfänger nicht zugestellt werden. Dies ist ein permanenter Fehler.\n"
           "Folgende Adresse(n) sind fehlgeschlagen:\n\n",
           "------ Dies ist eine Kopie der Nachricht, einschließlich aller Kopfzeilen. ------"),
    "de-en": ("Mail delivery failed: returning message to sender / Zustellung fehlgeschlagen",
              "Diese Nachricht wurde automatisch von der Mail-Software erzeugt.\n"
              "This message was created automatically by mail delivery software.\n\n"
              "Eine von Ihnen gesendete Nachricht konnte nicht zugestellt werden.\n"
              "A message that you sent could not be delivered to one or more of its\n"
              "recipients. This is a permanent error. The following address(es) failed:\n\n",
              "------ This is a copy of the message, including all the headers. ------"),
    "de-warn": ("Warnung: Nachricht %s seit 24 Stunden verzögert",
                "Diese Nachricht wurde automatisch von der Mail-Software erzeugt.\n\n"
                "Eine von Ihnen gesendete Nachricht konnte seit mindestens 24 Stunden\n"
                "nicht zugestellt werden. Die Zustellung wird weiter versucht; Sie\n"
                "müssen die Nachricht nicht erneut senden.\n\n"
                "Folgende Adresse(n) sind noch nicht zugestellt:\n\n",
                "------ Dies ist eine Kopie der Kopfzeilen der Nachricht. ------"),
    "ru": ("Ошибка доставки: сообщение возвращено отправителю",
           "Это сообщение создано автоматически программой доставки почты.\n\n"
           "Отправленное вами сообщение не удалось доставить одному или\n"
           "нескольким получателям. Это постоянная ошибка. Адреса с ошибкой:\n\n",
           "------ Ниже приведена копия сообщения со всеми заголовками. ------"),
    "pt": ("Falha na entrega: mensagem devolvida ao remetente",
           "Esta mensagem foi criada automaticamente pelo software de entrega de e-mail.\n\n"
           "Uma mensagem que você enviou não pôde ser entregue a um ou mais\n"
           "destinatários. Este é um erro permanente. Os seguintes endereços falharam:\n\n",
           "------ Esta é uma cópia da mensagem, incluindo todos os cabeçalhos. ------"),
    "es": ("Fallo en la entrega: mensaje devuelto al remitente",
           "Este mensaje fue creado automáticamente por el software de entrega de correo.\n\n"
           "Un mensaje que usted envió no pudo ser entregado a uno o más de sus\n"
           "destinatarios. Este es un error permanente. Las siguientes direcciones fallaron:\n\n",
           "------ Esta es una copia del mensaje, incluyendo todas las cabeceras. ------"),
    "pl": ("Niepowodzenie dostarczenia: wiadomość zwrócona do nadawcy",
           "Ta wiadomość została utworzona automatycznie przez system pocztowy.\n\n"
           "Wysłanej przez Ciebie wiadomości nie udało się dostarczyć do jednego\n"
           "lub więcej odbiorców. To jest błąd trwały. Błędne adresy:\n\n",
           "------ To jest kopia wiadomości wraz ze wszystkimi nagłówkami. ------"),
}
EXN = [0]


def exim(name, lang, host, blocks, exp, cs="utf-8", enc="8bit", rawcs=None, engine="Exim"):
    EXN[0] += 1
    date = "Wed, 19 Nov 2025 11:%02d:44 +0100" % EXN[0]
    mid = "1vM%02dQx-000%dAb-7K" % (EXN[0], EXN[0] % 10)
    subj, intro, sep = EXT[lang]
    if "%s" in subj:
        subj = subj % mid
    h = ["Return-path: <>", "Envelope-to: %s" % SA, "Delivery-date: %s" % date,
         "Received: from mailnull by %s with local (Exim 4.97)\n\tid %s\n\tfor %s; %s" % (host, mid, SA, date),
         "X-Failed-Recipients: %s" % blocks[0][0], "Auto-Submitted: auto-replied",
         "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % SA,
         "Subject: %s" % (mw(subj, cs, "Q") if any(ord(c) > 127 for c in subj) else subj),
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % enc,
         "Message-Id: <E%s@%s>" % (mid, host), "Date: %s" % date]
    body = intro + "\n".join("  %s\n    %s\n" % (a, t) for a, t in blocks)
    body += "\n%s\n\n" % sep + orig(blocks[0][0], "Rechnung 2025-11", date, "rg%02d@example.com" % EXN[0]) + "\n" + BODY
    if enc == "qp":
        body = qp(body, cs)
    elif enc == "base64":
        body = b64(body, cs)
    add(name, engine, "\n".join(h) + "\n\n" + body, exp, rawcs)


def smtp_err(host, ip, after, reply):
    return "host %s [%s]\n    SMTP error from remote mail server after %s:\n    %s" % (host, ip, after, reply)


exim("exim-de-01.eml", "de-en", "server1.example-hosting.de", [
    ("moritz@example.org", smtp_err("mx.example.org", "192.0.2.61", "RCPT TO:<moritz@example.org>",
                                    "550 5.1.1 <moritz@example.org>: Recipient address rejected: User unknown in virtual mailbox table"))],
    [E("5.1.1", "550", "userunknown")])
exim("exim-de-02.eml", "de", "server1.example-hosting.de", [
    ("nele@example-hosting.de", "mailbox is full: retry timeout exceeded")],
    [E("4.0.922", "", "mailboxfull")], cs="iso-8859-1", enc="qp")
exim("exim-de-03.eml", "de-warn", "server1.example-hosting.de", [
    ("oskar@example.org", smtp_err("mx.example.org", "192.0.2.61", "RCPT TO:<oskar@example.org>",
                                   "452 4.2.2 <oskar@example.org>: Mailbox full, quota exceeded"))],
    [E("4.2.2", "452", "mailboxfull")], engine="Exim")
exim("exim-ru-04.eml", "ru", "mx.example-hosting.ru", [
    ("sergey@example.org", smtp_err("mx.example.org", "192.0.2.62", "RCPT TO:<sergey@example.org>",
                                    "550 relay not permitted"))],
    [E("5.0.909", "550", "norelaying")], cs="koi8-r", enc="8bit", rawcs="koi8-r")
exim("exim-pt-05.eml", "pt", "br1.example-hosting.com.br", [
    ("fernanda@example.org", smtp_err("mx.example.org", "192.0.2.63", "MAIL FROM:<sender@example.com>",
                                      "550 5.7.23 The message was rejected because of Sender Policy Framework violation"))],
    [E("5.7.23", "550", "authfailure")], cs="iso-8859-1", enc="qp")
exim("exim-es-06.eml", "es", "srv.example-hosting.es", [("alvaro@example.invalid", "Unrouteable address")],
     [E("5.0.912", "", "hostunknown")], cs="utf-8", enc="qp")
exim("exim-pl-07.eml", "pl", "serwer.example-hosting.pl", [
    ("tomasz@example.org", smtp_err("mx.example.org", "192.0.2.64", "end of data",
                                    "550 5.7.1 Message rejected: spam score 12.4 exceeds threshold"))],
    [E("5.7.1", "550", "spamdetected")], cs="iso-8859-2", enc="8bit", rawcs="iso-8859-2")


# ==========================================================================
# The providers' own bounces, in their languages and charsets
# ==========================================================================

OWN = [0]
ENGINE = {"naver": "Naver", "daum": "Daum", "qq": "Tencent", "exmail": "Tencent", "netease": "NetEase",
          "sina": "Sina", "sohu": "Sohu", "coremail": "Coremail", "alimail": "Alibaba", "uol": "UOL", "wp": "WP",
          "onet": "Onet", "libero": "Libero", "jp-gw": "JapaneseGateway"}


def own(name, engine, frm, subject, texts, exp, recips=None, per=None, extra=(), to="x@example.org", kind="message",
        rawcs=None, host="example.net", single=False):
    """texts: list of (body, charset, transfer encoding) for the human part(s);
    recips: the DSN's per-recipient blocks (None: no DSN part)."""
    OWN[0] += 1
    if engine == "none":    # a format no Sisimai module reads: the family's provider
        engine = ENGINE[name.split("-")[0] if not name.startswith("jp-gw") else "jp-gw"]
    date = "Thu, 20 Nov 2025 %02d:%02d:05 +0000" % (7 + OWN[0] // 60, OWN[0] % 60)
    h = ["Return-Path: <>", "From: %s" % frm, "To: %s" % SA, "Date: %s" % date, "Subject: %s" % subject,
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied", "Message-ID: <%s.%d@%s>" % (name[:-4], OWN[0], host)]
    h += list(extra)
    tparts = [part("text/plain", t, enc=e, cs=c) for t, c, e in texts]
    if single:
        t, c, e = texts[0]
        p = part("text/plain", t, enc=e, cs=c)
        add(name, engine, "\n".join(h) + "\n" + p, exp, rawcs)
        return
    ret = returned(to, "Besprechung", date, "own%02d@example.com" % OWN[0], kind)
    if recips is not None:
        body = multipart("report", tparts + [dsn(per or "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date), recips), ret],
                         "----=_Part_%d_%s" % (OWN[0], name[:-4]), params=" report-type=delivery-status;")
    else:
        body = multipart("mixed", tparts + [ret], "----=_NextPart_%d_%s" % (OWN[0], name[:-4]))
    add(name, engine, "\n".join(h) + "\n" + body, exp, rawcs)


# --- GMX / web.de (X-GMX-Antispam; German first, English as GMX writes it)
GMX_DE = ("Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
          "Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger\n"
          "nicht zugestellt werden.\n\n")
GMX_EN = ("This message was created automatically by mail delivery software.\n\n"
          "A message that you sent could not be delivered to one or more of\n"
          "its recipients. This is a permanent error. The following address\nfailed:\n\n")


def gmx(name, frm_host, addr, lines, exp):
    date = "Thu, 20 Nov 2025 10:%02d:00 +0100" % (len(SETS) % 60)
    body = GMX_DE + GMX_EN + "\"%s\":\n%s\n\n--- The header of the original message is following. ---\n\n" % (addr, lines)
    body += orig(addr, "Termin am Freitag", date, "%s@example.com" % name[:-4])
    h = ["Return-Path: <>", "From: \"Mail Delivery System\" <mailer-daemon@%s>" % frm_host, "To: %s" % SA,
         "Date: %s" % date, "Subject: Mail delivery failed: returning message to sender",
         "X-GMX-Antispam: 0 (Mail was not recognized as spam); Detail=V3;", "X-UI-Out-Filterresults: notjunk:1;",
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
         "Message-ID: <%s@%s>" % (name[:-4], frm_host)]
    add(name, "GMX", "\n".join(h) + "\n\n" + body, exp)


gmx("gmx-01.eml", "gmx.net", "frieda@example.org",
    "SMTP error from remote server after RCPT command:\nhost: mx.example.org\n5.1.1 <frieda@example.org>: Recipient address rejected: User unknown",
    [E("5.1.1", "", "userunknown")])
gmx("gmx-02.eml", "web.de", "georg@example.org",
    "delivery retry timeout exceeded", [E("5.0.947", "", "expired")])

# --- T-Online (its own report, German with the English DSN)
own("tonline-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@mailout.t-online.de>",
    mw("Unzustellbar: Termin am Freitag", "iso-8859-1", "Q"),
    [("Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: hannes@example.org\n"
      "Grund: Mailbox voll (das Postfach des Empfängers hat sein Speicherlimit erreicht).\n\n"
      "Der Server des Empfängers meldete:\n552 5.2.2 <hannes@example.org>: Mailbox full\n", "iso-8859-1", "qp")],
    [E("5.2.2", "552", "mailboxfull")],
    [rec("hannes@example.org", "failed", "5.2.2", "552 5.2.2 <hannes@example.org>: Mailbox full", "mx.example.org")],
    host="mailout.t-online.de", to="hannes@example.org")
# --- Yandex (Russian and English, UTF-8 base64, DSN)
YA = ("Это сообщение создано автоматически почтовой системой Яндекса.\n"
      "This is an automatically generated message from the Yandex mail system.\n\n"
      "Ваше сообщение не удалось доставить по адресу:\n%s\n\nПричина / Reason:\n%s\n")


def yandex(name, addr, status, reply, exp, remote="mx.example.org", action="failed"):
    own(name, "RFC3464", "mailer-daemon@yandex.ru", mw("Недоставленное сообщение", "utf-8", "B"),
        [(YA % (addr, reply), "utf-8", "base64")], exp,
        [rec(addr, action, status, reply, remote)],
        per="Reporting-MTA: dns; forward501a.mail.yandex.net\nX-Yandex-Queue-ID: 4d1C2x5Yz9", host="yandex.ru", to=addr)


yandex("yandex-01.eml", "pavel@example.org", "5.1.1", "550 5.1.1 <pavel@example.org>: Recipient address rejected: User unknown",
       [E("5.1.1", "550", "userunknown")])
yandex("yandex-02.eml", "nina@example.org", "5.2.2", "552 5.2.2 Mailbox size limit exceeded", [E("5.2.2", "552", "mailboxfull")])
yandex("yandex-03.eml", "boris@example.org", "5.7.1",
       "554 5.7.1 Service unavailable; Client host [77.88.28.101] blocked using zen.spamhaus.org",
       [E("5.7.1", "554", "blocked")])

# --- Mail.ru (Exim, Russian text before Exim's own lines, UTF-8 QP)
own("mailru-01.eml", "Exim", "Mail Delivery System <mailer-daemon@corp.mail.ru>",
    "Mail delivery failed: returning message to sender",
    [("Это письмо создано автоматически сервером Mail.ru.\n\n"
      "Не удалось доставить ваше письмо одному или нескольким адресатам.\n\n"
      "This message was created automatically by mail delivery software.\n\n"
      "A message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n\n"
      "  viktor@example.org\n    host mx.example.org [192.0.2.65]\n"
      "    SMTP error from remote mail server after RCPT TO:<viktor@example.org>:\n"
      "    550 5.1.1 <viktor@example.org>: Recipient address rejected: User unknown in local recipient table\n", "utf-8", "qp")],
    [E("5.1.1", "550", "userunknown")], extra=["X-Failed-Recipients: viktor@example.org"], host="corp.mail.ru",
    to="viktor@example.org")
own("mailru-02.eml", "Exim", "Mail Delivery System <mailer-daemon@corp.mail.ru>",
    "Mail delivery failed: returning message to sender",
    [("Это письмо создано автоматически сервером Mail.ru.\n\n"
      "Не удалось доставить ваше письмо: слишком большой размер.\n\n"
      "This message was created automatically by mail delivery software.\n\n"
      "A message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n\n"
      "  yulia@example.org\n    host mx.example.org [192.0.2.65]\n"
      "    SMTP error from remote mail server after MAIL FROM:<sender@mail.ru> SIZE=73400320:\n"
      "    552 5.3.4 Message size exceeds fixed maximum message size\n", "utf-8", "qp")],
    [E("5.3.4", "552", "mesgtoobig")], extra=["X-Failed-Recipients: yulia@example.org"], host="corp.mail.ru",
    to="yulia@example.org")

# --- Japanese carriers and ISPs
own("ezweb-01.eml", "EZweb", "Postmaster@ezweb.ne.jp", "Mail System Error - Returned Mail",
    [("The user(s) account is temporarily over quota.\n\n<kenta@ezweb.ne.jp>\n\n"
      "受信者のメールボックスが一時的に容量を超えています。\n", "iso-2022-jp", "jis")],
    [E("4.0.922", "", "mailboxfull")], extra=["Received: from ezweb.ne.jp (EZweb Mail) with ESMTP id 2025112010"],
    host="ezweb.ne.jp", to="kenta@ezweb.ne.jp")
own("biglobe-01.eml", "Biglobe", "postmaster@biglobe.ne.jp", "Returned mail: Delivery failed",
    [("このメールは BIGLOBE のメールサーバから自動的に送信されています。\n"
      "お送りいただいたメールは、以下の宛先に配送できませんでした。\n\n"
      "   ----- The following addresses had delivery problems -----\n"
      "yumi@biglobe.ne.jp\n\n"
      "   ----- Non-delivered information -----\n"
      "The number of messages in recipient's mailbox exceeded the local limit.\n", "iso-2022-jp", "jis")],
    [E("5.0.922", "", "mailboxfull")], host="biglobe.ne.jp", to="yumi@biglobe.ne.jp")
own("nifty-01.eml", "RFC3464", "MAILER-DAEMON@nifty.com", mw("配信エラー: Returned mail", "iso-2022-jp"),
    [("以下のアドレスへのメールは配送できませんでした。\n宛先のメールアドレスが存在しません。\n\n"
      "    daisuke@example.co.jp\n\n"
      "エラー内容: 550 5.1.1 <daisuke@example.co.jp>: Recipient address rejected: User unknown\n", "iso-2022-jp", "jis")],
    [E("5.1.1", "550", "userunknown")],
    [rec("daisuke@example.co.jp", "failed", "5.1.1", "550 5.1.1 <daisuke@example.co.jp>: Recipient address rejected: User unknown",
         "mx.example.co.jp")], host="nifty.com", to="daisuke@example.co.jp")
own("ocn-01.eml", "RFC3464", "MAILER-DAEMON@ocn.ne.jp", mw("配送遅延のお知らせ", "iso-2022-jp"),
    [("これは OCN のメールシステムからの自動通知です。\n\n"
      "お客さまが送信したメールは、4時間以上配送できていません。\n"
      "配送は送信から5日間再試行されます。再送の必要はありません。\n\n"
      "<emi@example.co.jp>: connect to mx.example.co.jp[192.0.2.70]:25: Connection timed out\n", "iso-2022-jp", "jis")],
    [E("4.4.1", "", "expired")],
    [rec("emi@example.co.jp", "delayed", "4.4.1", "connect to mx.example.co.jp[192.0.2.70]:25: Connection timed out",
         None, dtype="X-Postfix")], host="ocn.ne.jp", to="emi@example.co.jp", kind="headers")
own("jp-gw-01.eml", "none", "postmaster@gw.example.co.jp", mw("配信エラー通知", "shift_jis"),
    [("以下の宛先へのメール配信に失敗しました。\n\n宛先: fumiko@example.jp\n"
      "理由: 中継が拒否されました。\n詳細: 554 5.7.1 <fumiko@example.jp>: Relay access denied\n\n"
      "このメールは送信専用です。\n", "shift_jis", "8bit")],
    [E("5.7.1", "554", "norelaying")], single=True, rawcs="shift_jis", host="gw.example.co.jp")
own("jp-gw-02.eml", "none", "postmaster@gw.example.co.jp", mw("配信エラー通知", "shift_jis"),
    [("以下の宛先へのメール配信に失敗しました。\n\n宛先: goro@example.jp\n"
      "理由: 送信者の認証に失敗しました。\n詳細: 535 5.7.8 Error: authentication failed: authentication failure\n", "shift_jis", "base64")],
    [E("5.7.8", "535", "securityerror")], host="gw.example.co.jp", to="goro@example.jp")

# --- Korean: Naver and Daum/Kakao (EUC-KR)
own("naver-01.eml", "none", "\"NAVER Mail\" <mailer-daemon@naver.com>", mw("메일 발송 실패 안내", "euc-kr"),
    [("보내신 메일이 다음 수신자에게 전달되지 못했습니다.\n\n받는 사람: minsu@example.kr\n"
      "실패 사유: 받는 사람의 메일 주소가 존재하지 않습니다.\n\n"
      "상세 정보: 550 5.1.1 <minsu@example.kr>: Recipient address rejected: User unknown\n", "euc-kr", "base64")],
    [E("5.1.1", "550", "userunknown")], host="naver.com", to="minsu@example.kr")
own("naver-02.eml", "none", "\"NAVER Mail\" <mailer-daemon@naver.com>", mw("메일 발송 실패 안내", "euc-kr"),
    [("보내신 메일이 다음 수신자에게 전달되지 못했습니다.\n\n받는 사람: jiyeon@example.kr\n"
      "실패 사유: 메일 헤더 형식이 올바르지 않습니다.\n\n"
      "상세 정보: 554 5.6.0 This message contain invalid MIME headers\n", "euc-kr", "base64")],
    [E("5.6.0", "554", "contenterror")], host="naver.com", to="jiyeon@example.kr")
own("daum-01.eml", "none", "MAILER-DAEMON@daum.net", mw("메일이 반송되었습니다", "euc-kr", "Q"),
    [("메일이 반송되었습니다.\n\n수신자: hyun@example.kr\n반송 사유: 스팸으로 판단되어 수신이 거부되었습니다.\n"
      "서버 응답: 550 5.7.1 Blocked by policy: no spam please\n", "euc-kr", "qp")],
    [E("5.7.1", "550", "spamdetected")], host="daum.net", to="hyun@example.kr")
own("daum-02.eml", "none", "MAILER-DAEMON@daum.net", mw("메일이 반송되었습니다", "euc-kr", "Q"),
    [("메일이 반송되었습니다.\n\n수신자: sora@example.invalid\n반송 사유: 수신자의 도메인을 찾을 수 없습니다.\n"
      "서버 응답: Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found\n",
      "euc-kr", "8bit")],
    [E("5.0.912", "", "hostunknown")], host="daum.net", to="sora@example.invalid", rawcs="euc-kr")

# --- Chinese: QQ / Exmail, NetEase 163/126, Sina, Sohu, Coremail, Alibaba
own("qq-01.eml", "none", "\"postmaster@qq.com\" <postmaster@qq.com>", mw("退信", "GB18030"),
    [("很抱歉您的邮件没有发送成功。\n\n收件人：zhou@example.cn\n退信原因：对方邮箱容量已满。\n\n"
      "详细信息：\nHost mx.example.cn [192.0.2.121] said: 552 5.2.2 <zhou@example.cn>: Mailbox full (in reply to RCPT TO command)\n",
      "GB18030", "base64")],
    [E("5.2.2", "552", "mailboxfull")], host="qq.com", to="zhou@example.cn", extra=["X-QQ-MIME: TCMime 1.0 by Tencent"])
own("qq-02.eml", "none", "\"postmaster@qq.com\" <postmaster@qq.com>", mw("退信", "GB18030"),
    [("很抱歉您的邮件没有发送成功。\n\n收件人：wu@example.cn\n退信原因：发送频率过高，对方服务器暂时拒收。\n\n"
      "详细信息：\nHost mx.example.cn [192.0.2.121] said: 451 4.7.1 Please try again slower (in reply to RCPT TO command)\n",
      "GB18030", "base64")],
    [E("4.7.1", "451", "speeding")], host="qq.com", to="wu@example.cn", extra=["X-QQ-MIME: TCMime 1.0 by Tencent"])
own("exmail-01.eml", "none", "\"postmaster@exmail.qq.com\" <postmaster@exmail.qq.com>", mw("系统退信", "GB18030"),
    [("您发送的邮件未能成功投递。\n\n收件人：zheng@example.cn\n退信原因：收件人不存在。\n\n"
      "技术信息：\n550 5.1.1 <zheng@example.cn>: Recipient address rejected: User unknown in local recipient table\n", "GB18030", "qp")],
    [E("5.1.1", "550", "userunknown")], host="exmail.qq.com", to="zheng@example.cn")
own("netease-01.eml", "none", "postmaster@163.com", mw("系统退信", "GBK", "B"),
    [("抱歉，您的邮件被退回来了……\n\n原邮件信息：\n收件人：feng@example.cn\n\n退信原因：\n"
      "对方服务器认为您的邮件是垃圾邮件。\n\n"
      "远程服务器返回：554 DT:SPM 163mx14,QsCowACHwBkZ1z5nAbCd--.27345S2 1763626565, please see "
      "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=163mx14&time=1763626565\n", "GBK", "qp")],
    [E("5.0.980", "554", "spamdetected")], host="163.com", to="feng@example.cn", extra=["X-Mailer: Coremail"])
own("netease-02.eml", "none", "postmaster@126.com", mw("系统退信", "GBK", "B"),
    [("抱歉，您的邮件被退回来了……\n\n原邮件信息：\n收件人：chu@example.cn\n\n退信原因：\n"
      "收件人帐号已被停用。\n\n远程服务器返回：550 5.2.1 <chu@example.cn>: Recipient address rejected: Mailbox disabled\n",
      "GBK", "base64")],
    [E("5.2.1", "550", "suspend")], host="126.com", to="chu@example.cn", extra=["X-Mailer: Coremail"])
own("sina-01.eml", "none", "Mail Delivery System <MAILER-DAEMON@sina.com>", mw("退信通知", "gb2312"),
    [("您好！\n\n很遗憾，您发给 he@example.cn 的邮件暂时未能送达，系统将继续尝试投递。\n原因：对方服务器存储空间不足。\n\n"
      "服务器返回信息：452 4.3.1 Insufficient system storage\n", "gb2312", "base64")],
    [E("4.3.1", "452", "systemfull")],
    [rec("he@example.cn", "delayed", "4.3.1", "452 4.3.1 Insufficient system storage", "mx.example.cn")],
    host="sina.com", to="he@example.cn")
own("sohu-01.eml", "none", "MAILER-DAEMON@sohu.com", mw("退信：邮件投递失败", "GBK"),
    [("您的邮件未能投递到以下地址：\n\nlv@example.invalid\n\n原因：收件人域名不存在。\n"
      "Host unknown (Name server: example.invalid: host not found)\n", "GBK", "base64")],
    [E("5.0.912", "", "hostunknown")], host="sohu.com", to="lv@example.invalid")
own("coremail-01.eml", "none", "postmaster@mail.example.edu.cn", mw("系统退信 Undelivered Mail Returned to Sender", "GB18030"),
    [("您好，您的邮件未能投递到以下收件人：\nThe following recipient could not be reached:\n\nkong@example.org\n\n"
      "退信原因 Reason：对方服务器拒绝了您的发件人地址。\n"
      "550 5.7.1 Client does not have permissions to send as this sender\n", "GB18030", "base64")],
    [E("5.7.1", "550", "securityerror")], host="mail.example.edu.cn", to="kong@example.org", extra=["X-Mailer: Coremail"])
own("coremail-02.eml", "none", "postmaster@mail.example.edu.cn", mw("系统退信 Undelivered Mail Returned to Sender", "GB18030"),
    [("您好，您的邮件未能投递到以下收件人：\nThe following recipient could not be reached:\n\ncao@example.org\n\n"
      "退信原因 Reason：发送服务器的 IP 被列入黑名单。\n"
      "554 5.7.1 Service unavailable; Client host [192.0.2.30] blocked using bl.spamcop.net\n", "GB18030", "base64")],
    [E("5.7.1", "554", "blocked")], host="mail.example.edu.cn", to="cao@example.org", extra=["X-Mailer: Coremail"])
own("alimail-01.eml", "none", "<postmaster@mail.aliyun.com>", mw("退信通知 Undelivered Mail Returned to Sender", "utf-8"),
    [("您好，您发送的邮件未能投递到以下收件人：\nThe following recipient(s) could not be reached:\n\n"
      "yang@example.cn\n原因 Reason：\n550 5.7.1 Email rejected: local policy violation\n", "utf-8", "base64")],
    [E("5.7.1", "550", "policyviolation")], host="mail.aliyun.com", to="yang@example.cn")
own("alimail-02.eml", "none", "<postmaster@mail.aliyun.com>", mw("退信通知 Undelivered Mail Returned to Sender", "utf-8"),
    [("您好，您发送的邮件未能投递到以下收件人：\nThe following recipient(s) could not be reached:\n\n"
      "xu@example.cn\n原因 Reason：该域名不接收邮件（Null MX）。\n556 5.1.10 <xu@example.cn>: Recipient address rejected: Domain example.cn does not accept mail (nullMX)\n",
      "utf-8", "base64")],
    [E("5.1.10", "556", "notaccept")], host="mail.aliyun.com", to="xu@example.cn")

# --- Taiwan: HiNet (Big5)
own("hinet-01.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@ms1.hinet.net>", mw("退信通知: 郵件無法傳遞", "big5"),
    [("您寄出的郵件無法傳遞給以下收件者：\n\n    huang@example.com.tw\n\n原因：收件者帳號不存在。\n", "big5", "base64")],
    [E("5.1.1", "550", "userunknown")],
    [rec("huang@example.com.tw", "failed", "5.1.1", "550 5.1.1 <huang@example.com.tw>... User unknown", "mx.example.com.tw")],
    host="ms1.hinet.net", to="huang@example.com.tw")
own("hinet-02.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@ms1.hinet.net>", mw("退信通知: 郵件無法傳遞", "big5"),
    [("您寄出的郵件無法傳遞給以下收件者：\n\n    tsai@example.com.tw\n\n原因：收件者信箱已滿。\n", "big5", "8bit")],
    [E("5.2.2", "552", "mailboxfull")],
    [rec("tsai@example.com.tw", "failed", "5.2.2", "552 5.2.2 <tsai@example.com.tw>... Mailbox full", "mx.example.com.tw")],
    host="ms1.hinet.net", to="tsai@example.com.tw", rawcs="big5")

# --- Brazil: UOL and Terra
own("uol-01.eml", "none", "MAILER-DAEMON@uol.com.br", mw("Mensagem não entregue", "iso-8859-1", "Q"),
    [("Sua mensagem não pôde ser entregue ao destinatário abaixo.\n\nDestinatário: gabriel@example.com.br\n"
      "Motivo: o endereço de e-mail não existe.\n\nResposta do servidor remoto:\n"
      "550 5.1.1 <gabriel@example.com.br>: Recipient address rejected: User unknown in virtual mailbox table\n", "iso-8859-1", "qp")],
    [E("5.1.1", "550", "userunknown")], host="uol.com.br", to="gabriel@example.com.br")
own("terra-01.eml", "RFC3464", "Terra Mail <MAILER-DAEMON@terra.com.br>", mw("Mensagem não entregue", "utf-8", "B"),
    [("Não foi possível entregar sua mensagem após 5 dias de tentativas.\n\n"
      "Destinatário: larissa@example.com.br\nMotivo: o servidor do destinatário não respondeu.\n", "utf-8", "base64")],
    [E("4.4.7", "", "expired")],
    [rec("larissa@example.com.br", "failed", "4.4.7", "Message expired, cannot connect to remote server", None,
         dtype="X-Terra")], host="terra.com.br", to="larissa@example.com.br")

# --- Czech and Polish: Seznam, WP, Onet
own("seznam-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@email.seznam.cz>", mw("Zpráva nebyla doručena", "utf-8", "Q"),
    [("Vaše zpráva nebyla doručena.\n\nPříjemce: karel@example.cz\nDůvod: schránka příjemce je plná.\n", "utf-8", "qp")],
    [E("5.2.2", "552", "mailboxfull")],
    [rec("karel@example.cz", "failed", "5.2.2", "552 5.2.2 <karel@example.cz>: Mailbox is full", "mx.example.cz")],
    host="email.seznam.cz", to="karel@example.cz")
own("wp-01.eml", "none", "MAILER-DAEMON@wp.pl", mw("Wiadomość nie została dostarczona", "iso-8859-2", "Q"),
    [("Twoja wiadomość nie została dostarczona do adresata.\n\nAdresat: agnieszka@example.pl\n"
      "Przyczyna: serwer odbiorcy odrzucił adres nadawcy.\n\n"
      "553 5.1.8 <sender@wp.pl>: Sender address rejected: Domain not found\n", "iso-8859-2", "qp")],
    [E("5.1.8", "553", "rejected")], host="wp.pl", to="agnieszka@example.pl")
own("onet-01.eml", "none", "MAILER-DAEMON@onet.pl", mw("Nie można dostarczyć wiadomości", "utf-8", "B"),
    [("Nie można było dostarczyć wiadomości. Kolejna próba nastąpi później.\n\nAdresat: piotr@example.pl\n"
      "Odpowiedź serwera: 421 4.7.0 mx.example.pl Error: too many connections from 213.180.142.190\n", "utf-8", "base64")],
    [E("4.7.0", "421", "toomanyconn")], host="onet.pl", to="piotr@example.pl")

# --- Italy: Libero and Aruba
own("libero-01.eml", "none", "MAILER-DAEMON@libero.it", mw("Messaggio non recapitato", "iso-8859-1", "Q"),
    [("Il messaggio non è stato recapitato al destinatario.\n\nDestinatario: franco@example.it\n"
      "Motivo: 550 5.1.1 <franco@example.it>: Nessun utente simile in questo indirizzo\n", "iso-8859-1", "qp")],
    [E("5.1.1", "550", "userunknown")], host="libero.it", to="franco@example.it")
own("aruba-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@smtp.aruba.it>", mw("Messaggio non consegnato", "utf-8", "Q"),
    [("Il messaggio non è stato consegnato a uno o più destinatari.\n\nDestinatario: paola@example.it\n"
      "Motivo: il messaggio supera la dimensione massima consentita.\n", "utf-8", "qp")],
    [E("5.3.4", "552", "mesgtoobig")],
    [rec("paola@example.it", "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size", "mx.example.it")],
    host="smtp.aruba.it", to="paola@example.it")

# --- France: Orange, Free, La Poste, SFR as the sender's provider
own("orange-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@orange.fr>", mw("Message non remis", "iso-8859-1", "Q"),
    [("Votre message n'a pas pu être remis au destinataire suivant :\n\n  remi@gmail.com\n\n"
      "Raison : le domaine de l'expéditeur ne respecte pas la politique DMARC du destinataire.\n", "iso-8859-1", "qp")],
    [E("5.7.26", "550", "authfailure")],
    [rec("remi@gmail.com", "failed", "5.7.26",
         "550-5.7.26 Unauthenticated email from orange.fr is not accepted due to domain's DMARC policy. "
         "550 5.7.26 https://support.google.com/mail/?p=DmarcRejection - gsmtp", "gmail-smtp-in.l.google.com")],
    host="orange.fr", to="remi@gmail.com")
own("free-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@smtp.free.fr>", mw("Échec de la remise du message", "utf-8", "Q"),
    [("Ce message a été créé automatiquement par le système de messagerie.\n\n"
      "Votre message n'a pas pu être remis : le domaine du destinataire est introuvable.\n\n"
      "<lucie@example.invalid> : Host or domain name not found. Name service error for name=example.invalid type=A: Host not found\n",
      "utf-8", "8bit")],
    [E("5.4.4", "", "hostunknown")],
    [rec("lucie@example.invalid", "failed", "5.4.4",
         "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found", None, dtype="X-Postfix")],
    host="smtp.free.fr", to="lucie@example.invalid")
own("laposte-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@laposte.net>", mw("Message non remis", "iso-8859-15", "Q"),
    [("Votre message n'a pas pu être remis.\n\nDestinataire : hugo@example.fr\n"
      "Motif : taille limite du message atteinte.\n", "iso-8859-15", "qp")],
    [E("5.3.4", "552", "mesgtoobig")],
    [rec("hugo@example.fr", "failed", "5.3.4", "552 5.3.4 Taille limite du message atteinte", "mx.example.fr")],
    host="laposte.net", to="hugo@example.fr")
own("sfr-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@sfr.fr>", mw("Avertissement : message retardé", "utf-8", "Q"),
    [("CECI EST UN AVERTISSEMENT. VOUS N'AVEZ PAS BESOIN DE RENVOYER VOTRE MESSAGE.\n\n"
      "Votre message n'a pas encore pu être remis à manon@example.fr.\n"
      "Nouvelle tentative dans 30 minutes.\n", "utf-8", "qp")],
    [E("4.7.0", "421", "toomanyconn")],
    [rec("manon@example.fr", "delayed", "4.7.0", "421 4.7.0 Trop de connexions, reessayez plus tard", "mx.example.fr")],
    host="sfr.fr", to="manon@example.fr", kind="headers")


# ==========================================================================
# Out-of-office replies in other languages
# ==========================================================================

def vac(name, frm, subject, text, cs, enc, extra=()):
    h = ["Return-Path: <%s>" % frm.split("<")[-1].rstrip(">"), "From: %s" % frm, "To: <%s>" % SA,
         "Date: Fri, 21 Nov 2025 09:%02d:00 +0100" % (len(SETS) % 60), "Subject: %s" % subject,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         "Message-ID: <%s@%s>" % (name[:-4], frm.split("@")[-1].rstrip(">")), "In-Reply-To: <notes01@example.com>"]
    add(name, "RFC3834", "\n".join(h + list(extra)) + "\n" + part("text/plain", text, enc=enc, cs=cs),
        [E("", "", "vacation", False)])


vac("vacation-de-01.eml", "Jürgen Beispiel <juergen@example.de>",
    mw("Automatische Antwort: Besprechungsnotizen", "iso-8859-1", "Q"),
    "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 1. Dezember nicht im Büro und habe nur\n"
    "eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie\nsich bitte an buero@example.de.\n\n"
    "Mit freundlichen Grüßen\nJürgen Beispiel\n", "iso-8859-1", "qp", ["X-Auto-Response-Suppress: All"])
vac("vacation-fr-02.eml", "Amélie Exemple <amelie@example.fr>",
    mw("Réponse automatique : Besprechungsnotizen", "utf-8", "Q"),
    "Bonjour,\n\nJe suis absente du bureau jusqu'au 1er décembre inclus, avec un accès limité à\n"
    "ma messagerie. Pour toute urgence, merci de contacter accueil@example.fr.\n\nCordialement,\nAmélie\n",
    "utf-8", "qp", ["X-Auto-Response-Suppress: All"])
vac("vacation-ja-03.eml", "Yamada Taro <yamada@example.co.jp>", mw("不在通知: Besprechungsnotizen", "iso-2022-jp"),
    "お世話になっております。\n\n誠に勝手ながら、12月1日まで不在にしております。\n"
    "期間中はメールの確認が遅れますので、ご了承ください。\n急ぎのご用件は office@example.co.jp までご連絡ください。\n\n山田太郎\n",
    "iso-2022-jp", "jis")
vac("vacation-es-04.eml", "Carmen Ejemplo <carmen@example.es>",
    mw("Respuesta automática: Besprechungsnotizen", "utf-8", "B"),
    "Hola:\n\nEstaré fuera de la oficina hasta el 1 de diciembre, con acceso limitado al correo.\n"
    "Para asuntos urgentes, escriba a oficina@example.es.\n\nUn saludo,\nCarmen\n", "utf-8", "base64")


# ==========================================================================
# Write: write_set writes UTF-8 text; messages whose body is 8bit in
# another charset are then rewritten as bytes in that charset
# ==========================================================================

write_set(OUT, SETS)
for fname, cs in sorted(RAWCS.items()):
    msg = [s[2] for s in SETS if s[0] == fname][0]
    with open(os.path.join(OUT, "emails", fname), "wb") as f:
        f.write(msg.encode(cs))
