#!/usr/bin/env python3
"""make_set.py: writes blind28 (emails/*.eml and labels.jsonl): bounces
from national providers and hosters outside the English-speaking world,
in their own languages and charsets (see README.md).  Deterministic.
Usage: make_set.py [OUTDIR]."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (E, Mime, b64, dsn, fold, hdrs, mimeword, qp, raw, rec, said, write_set)  # noqa: E402

SETS = []


def hsubj(s):
    """A subject as a header writes it: an encoded word when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return mimeword(s, "UTF-8", "B")


def add(name, engine, msg, exp):
    SETS.append((name, engine, msg, exp))


# --------------------------------------------------------------------------
# Localized Postfix bounce_template_file texts (the intro before the
# recipients; Postfix's own "host ... said:" lines stay English)
# --------------------------------------------------------------------------

INTRO = {
    "de": ("Unzustellbare Nachricht zurück an den Absender",
           "Dies ist das Mailsystem auf dem Rechner %s.\n\n"
           "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht\n"
           "zugestellt werden. Sie finden die Nachricht im Anhang.\n\n"
           "Für weitere Hilfe wenden Sie sich bitte an den Postmaster.\n\n"
           "Bitte fügen Sie dabei diesen Fehlerbericht bei. Ihren eigenen Text\n"
           "können Sie aus der angehängten Nachricht entfernen.\n\n"
           "                   Das Mailsystem\n\n"),
    "fr": ("Message non délivré renvoyé à l'expéditeur",
           "Ceci est le système de messagerie de l'hôte %s.\n\n"
           "J'ai le regret de vous informer que votre message n'a pas pu\n"
           "être remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n"
           "Pour obtenir de l'aide, écrivez au postmaster.\n\n"
           "Si vous le faites, joignez ce rapport d'erreur. Vous pouvez\n"
           "supprimer votre propre texte du message renvoyé ci-joint.\n\n"
           "                   Le système de messagerie\n\n"),
    "es": ("Correo no entregado devuelto al remitente",
           "Este es el sistema de correo del servidor %s.\n\n"
           "Lamento informarle de que su mensaje no ha podido ser entregado\n"
           "a uno o más destinatarios. Se adjunta a continuación.\n\n"
           "Para más ayuda, escriba al postmaster.\n\n"
           "Si lo hace, incluya este informe del problema. Puede borrar\n"
           "su propio texto del mensaje devuelto adjunto.\n\n"
           "                   El sistema de correo\n\n"),
    "pt": ("Mensagem não entregue devolvida ao remetente",
           "Este é o sistema de e-mail do servidor %s.\n\n"
           "Lamentamos informar que sua mensagem não pôde ser entregue\n"
           "a um ou mais destinatários. Ela está anexada abaixo.\n\n"
           "Para mais ajuda, escreva para o postmaster.\n\n"
           "Se o fizer, inclua este relatório do problema. Você pode apagar\n"
           "o seu próprio texto da mensagem devolvida em anexo.\n\n"
           "                   O sistema de e-mail\n\n"),
    "pt-pt": ("Mensagem não entregue devolvida ao remetente",
              "Este é o sistema de correio do servidor %s.\n\n"
              "Lamentamos informar que não foi possível entregar a sua mensagem\n"
              "a um ou mais destinatários. A mensagem segue em anexo.\n\n"
              "Para mais ajuda, contacte o postmaster.\n\n"
              "Se o fizer, junte este relatório do problema. Pode apagar o seu\n"
              "próprio texto da mensagem devolvida.\n\n"
              "                   O sistema de correio\n\n"),
    "it": ("Messaggio non recapitato restituito al mittente",
           "Questo è il sistema di posta dell'host %s.\n\n"
           "Siamo spiacenti di informarla che il suo messaggio non è stato\n"
           "recapitato a uno o più destinatari. È allegato qui sotto.\n\n"
           "Per ulteriore assistenza, scriva al postmaster.\n\n"
           "Se lo fa, includa questo rapporto del problema. Può cancellare\n"
           "il suo testo dal messaggio restituito allegato.\n\n"
           "                   Il sistema di posta\n\n"),
    "nl": ("Onbestelbaar bericht teruggestuurd naar afzender",
           "Dit is het mailsysteem op host %s.\n\n"
           "Helaas moet ik u meedelen dat uw bericht niet kon worden\n"
           "afgeleverd bij een of meer ontvangers. Het is hieronder bijgevoegd.\n\n"
           "Voor verdere hulp kunt u mailen naar postmaster.\n\n"
           "Voeg in dat geval dit probleemrapport toe. U kunt uw eigen\n"
           "tekst uit het bijgevoegde bericht verwijderen.\n\n"
           "                   Het mailsysteem\n\n"),
    "pl": ("Niedostarczona wiadomość zwrócona do nadawcy",
           "To jest system pocztowy serwera %s.\n\n"
           "Z przykrością informujemy, że Twojej wiadomości nie udało się\n"
           "dostarczyć do jednego lub więcej odbiorców. Wiadomość jest w załączniku.\n\n"
           "Aby uzyskać pomoc, napisz do administratora (postmaster).\n\n"
           "Dołącz wtedy ten raport o błędzie. Możesz usunąć własny tekst\n"
           "z załączonej wiadomości.\n\n"
           "                   System pocztowy\n\n"),
    "ru": ("Недоставленное сообщение возвращено отправителю",
           "Это почтовая система на сервере %s.\n\n"
           "К сожалению, ваше сообщение не удалось доставить одному или\n"
           "нескольким получателям. Оно приложено ниже.\n\n"
           "За помощью обращайтесь к администратору (postmaster).\n\n"
           "При обращении приложите этот отчёт об ошибке. Свой текст\n"
           "из приложенного сообщения можно удалить.\n\n"
           "                   Почтовая система\n\n"),
    "tr": ("Teslim edilemeyen ileti gönderene iade edildi",
           "Bu, %s sunucusundaki posta sistemidir.\n\n"
           "Üzgünüz, iletiniz bir veya daha fazla alıcıya teslim edilemedi.\n"
           "İleti aşağıda ektedir.\n\n"
           "Daha fazla yardım için lütfen postmaster adresine yazın.\n\n"
           "Yazarken bu hata raporunu da ekleyin. Kendi metninizi ekteki\n"
           "iade edilen iletiden silebilirsiniz.\n\n"
           "                   Posta sistemi\n\n"),
}

DELAY = {
    "de": ("Verzögerte Zustellung (noch keine Fehlermeldung)",
           "Dies ist das Mailsystem auf dem Rechner %s.\n\n"
           "####################################################################\n"
           "# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT SENDEN. #\n"
           "####################################################################\n\n"
           "Ihre Nachricht konnte seit mehr als 4 Stunde(n) nicht zugestellt werden.\n"
           "Es wird weiter versucht, bis sie 5 Tag(e) alt ist.\n\n"
           "                   Das Mailsystem\n\n"),
    "fr": ("Avis de retard de remise (message pas encore remis)",
           "Ceci est le système de messagerie de l'hôte %s.\n\n"
           "####################################################################\n"
           "# CECI N'EST QU'UN AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER VOTRE MESSAGE. #\n"
           "####################################################################\n\n"
           "Votre message n'a pas pu être remis depuis plus de 4 heure(s).\n"
           "De nouvelles tentatives auront lieu jusqu'à ce qu'il ait 5 jour(s).\n\n"
           "                   Le système de messagerie\n\n"),
    "nl": ("Waarschuwing: bericht vertraagd (nog niet afgeleverd)",
           "Dit is het mailsysteem op host %s.\n\n"
           "####################################################################\n"
           "# DIT IS ALLEEN EEN WAARSCHUWING. U HOEFT UW BERICHT NIET OPNIEUW TE VERSTUREN. #\n"
           "####################################################################\n\n"
           "Uw bericht kon al meer dan 4 uur niet worden afgeleverd.\n"
           "Er wordt opnieuw geprobeerd tot het bericht 5 dagen oud is.\n\n"
           "                   Het mailsysteem\n\n"),
}

BODY = {
    "de": "Sehr geehrte Damen und Herren,\n\nanbei das Angebot wie besprochen.\n\nMit freundlichen Grüßen\nJ. Müller\n",
    "fr": "Bonjour,\n\nVeuillez trouver ci-joint le devis demandé.\n\nCordialement,\nA. Lefèvre\n",
    "es": "Hola,\n\nTe envío el presupuesto que me pediste.\n\nUn saludo,\nMaría\n",
    "pt": "Olá,\n\nSegue em anexo o orçamento solicitado.\n\nAtenciosamente,\nJoão\n",
    "pt-pt": "Olá,\n\nEnvio em anexo o orçamento pedido.\n\nCumprimentos,\nRui\n",
    "it": "Buongiorno,\n\nin allegato il preventivo richiesto.\n\nCordiali saluti,\nGiulia\n",
    "nl": "Hallo,\n\nHierbij de offerte zoals besproken.\n\nMet vriendelijke groet,\nJan\n",
    "pl": "Dzień dobry,\n\nw załączeniu przesyłam ofertę.\n\nPozdrawiam,\nKasia\n",
    "cs": "Dobrý den,\n\nv příloze posílám nabídku.\n\nS pozdravem,\nPetr\n",
    "ru": "Добрый день!\n\nВысылаю счёт на оплату.\n\nС уважением,\nИрина\n",
    "tr": "Merhaba,\n\nTeklifimiz ektedir.\n\nSaygılarımla,\nAyşe\n",
    "ko": "안녕하세요.\n\n견적서를 첨부합니다.\n\n감사합니다.\n김민수 드림\n",
    "ja": "お世話になっております。\n\nお見積書を添付いたします。\n\nよろしくお願いいたします。\n",
}


def pf(lang, host, snd, rcpt, date, qid, subj, cs, enc, text_line, status, diag=None, remote=None,
       dtype="smtp", delay=False, hcs=None, orig_cs="UTF-8"):
    """A Postfix bounce (or delay warning) whose human part is a localized
    bounce_template_file in charset cs (enc: qp, base64 or 8bit), with
    the standard English DSN and the returned message's headers.
    text_line: the Postfix line after "<rcpt>: "."""
    subj_local, intro = (DELAY if delay else INTRO)[lang]
    m = Mime("%s (Postfix) with ESMTPSA id %s" % (host, qid), BODY.get(lang, "Hello.\n"), charset=orig_cs)
    text = intro % host + fold("<%s>: %s" % (rcpt, text_line)) + "\n"
    per = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
           "Arrival-Date: %s" % (host, qid, snd, date))
    r = rec(rcpt, "delayed" if delay else "failed", status, diag, remote, dtype=dtype,
            extra=(["Will-Retry-Until: Mon, 30 Nov 2026 09:12:40 +0100"] if delay else []))
    hc = hcs or cs
    h = hdrs("MAILER-DAEMON@%s (%s)" % (host, mimeword("Mail Delivery System" if lang in ("pl", "tr") else
                                                          {"de": "Mail-Zustellsystem", "fr": "Système de messagerie",
                                                           "ru": "Почтовая система"}.get(lang, "Mail Delivery System"),
                                                          hc, "Q" if hc.lower().startswith("iso") else "B")),
             mimeword(subj_local, hc, "Q" if hc.lower().startswith("iso") else "B"), date,
             "%s.%s/%s" % (qid, "1795765960", host), to=snd,
             extra=["Auto-Submitted: auto-replied", "Content-Type: multipart/report; report-type=delivery-status;",
                    "\tboundary=\"%s.1795765960/%s\"" % (qid, host)])
    bnd = "%s.1795765960/%s" % (qid, host)
    s = "This is a MIME-encapsulated message.\n\n"
    for p in (m.part("text/plain", text, enc, cs, extra=["Content-Description: Notification"]),
              dsn(per, [r], desc="Delivery report"),
              m.returned(rcpt, hsubj(subj), date, "%s@%s" % (qid.lower(), snd.split("@")[1]), "headers",
                         frm=snd, desc="Undelivered Message Headers")):
        s += "--%s\n%s\n" % (bnd, p)
    s += "--%s--\n" % bnd
    return to_bytes("\n".join(h) + "\n\n" + s, cs, enc)


def to_bytes(msg, cs, enc):
    """The message as bytes: an 8bit body in a legacy charset is written
    in that charset (the header lines are ASCII)."""
    if enc == "8bit" and cs.lower() not in ("utf-8", "us-ascii"):
        head, _, body = msg.partition("\n\n")
        return head.encode("ascii") + b"\n\n" + body.encode(cs)
    return msg


def pfe(rcpt, ip, reply, cmd="RCPT TO", rhost=None):
    """(text line, diag, remote) of a remote reply."""
    rhost = rhost or "mx.%s" % rcpt.split("@")[1]
    return said(rhost, ip, reply, cmd), reply, rhost


# --------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------

t, d, r = pfe("k.schneider@t-online.de", "194.25.134.8",
              "554 IP=203.0.113.45 - A problem occurred. (Ask your postmaster for help or to contact "
              "tosa@rx.t-online.de to clarify.) (BL)", rhost="mx00.t-online.de")
add("tonline-blocked-01.eml", "Postfix", pf("de", "mail.schreinerei-beispiel.de", "info@schreinerei-beispiel.de",
                                            "k.schneider@t-online.de", "Mon, 23 Nov 2026 09:12:40 +0100", "4Cg7Qx1LzKz9sWk",
                                            "Angebot Küche", "ISO-8859-1", "qp", t, "5.0.0", d, r),
    [E("5.0.0", "554", "blocked")])

t, d, r = pfe("m.weber@web.de", "212.227.15.15",
              "550-Requested action not taken: mailbox unavailable 550 For explanation visit "
              "https://postmaster.web.de/en/case?c=hi&i=ip&v=203.0.113.45&r=1MbCdE-1t0AbC2", rhost="mx-ha03.web.de")
add("webde-userunknown-02.eml", "Postfix", pf("de", "mail.praxis-beispiel.de", "termine@praxis-beispiel.de",
                                              "m.weber@web.de", "Tue, 24 Nov 2026 14:03:11 +0100", "4Ch1Lm2Rq7z4Tn",
                                              "Ihr Termin am Donnerstag", "ISO-8859-15", "8bit", t, "5.0.0", d, r),
    [E("5.0.0", "550", "filtered")])

t, d, r = pfe("s.becker@gmx.de", "212.227.17.5",
              "554-gmx.net (mxgmx016) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR "
              "resource record. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&"
              "v=198.51.100.77&r=0MQxyz-1tAbCd3", cmd="end of data", rhost="mx01.emig.gmx.net")
add("gmx-requireptr-03.eml", "Postfix", pf("de", "server1.vereinsheim-beispiel.de", "vorstand@vereinsheim-beispiel.de",
                                           "s.becker@gmx.de", "Wed, 25 Nov 2026 18:40:02 +0100", "4Cj3Zt0Gm1z8Kp",
                                           "Einladung zur Mitgliederversammlung", "UTF-8", "base64", t, "5.0.0", d, r),
    [E("5.0.0", "554", "requireptr")])


def gmx_notice(host, snd, rcpt, rhost, rip, reply, date, subj, cmd="RCPT TO", permanent=True, cs="ISO-8859-1",
               brand="GMX"):
    """GMX / Web.de / IONOS (United Internet): their own plain notice, here
    in its German form, no DSN; the header of the original follows."""
    m = Mime("%s (mrgmx005 [212.227.17.190]) with ESMTPSA (Nemesis) id 1M9q4" % host, BODY["de"])
    text = ("Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\n"
            "Eine Nachricht, die Sie gesendet haben, konnte an einen oder mehrere\n"
            "Empfänger nicht zugestellt werden. %s\n"
            "Folgende Adresse(n) sind betroffen:\n\n"
            "%s:\n"
            "SMTP-Fehler vom entfernten Server beim Befehl %s, host: %s (%s)\n"
            "Grund: %s\n\n"
            "--- Es folgt der Header der ursprünglichen Nachricht. ---\n\n") % (
        "Dies ist ein permanenter Fehler." if permanent else
        "Dies ist ein temporärer Fehler; es wird nicht weiter versucht.", rcpt, cmd, rhost, rip, reply)
    text += m.orig(rcpt, hsubj(subj), date, "%d.%s" % (len(rcpt) * 7919, snd))
    h = hdrs("%s <mailer-daemon@%s>" % (mimeword("Mail Delivery System", cs, "Q"), host),
             mimeword("Unzustellbar: Nachricht konnte nicht zugestellt werden", cs, "Q"), date,
             "0MUL2e-1t7QkR2@%s" % host, to=snd, extra=["Auto-Submitted: auto-replied"])
    return "\n".join(h) + "\n" + m.part("text/plain", text, "qp", cs)


add("gmx-userunknown-04.eml", "GMX", gmx_notice(
    "gmx.net", "anna.vogel@gmx.de", "kontakt@baeckerei-beispiel.de", "mx.baeckerei-beispiel.de", "192.0.2.61",
    "550 5.1.1 <kontakt@baeckerei-beispiel.de>: Recipient address rejected: User unknown in virtual mailbox table",
    "Thu, 19 Nov 2026 08:15:09 +0100", "Bestellung Torte Samstag"),
    [E("5.1.1", "550", "userunknown")])

add("webde-mailboxfull-05.eml", "GMX", gmx_notice(
    "web.de", "lukas.hartmann@web.de", "oma.hartmann@example-verein.de", "mail.example-verein.de", "192.0.2.88",
    "552 5.2.2 <oma.hartmann@example-verein.de>: Mailbox voll - Speicherplatz erschöpft (quota exceeded)",
    "Fri, 20 Nov 2026 19:22:51 +0100", "Fotos vom Wochenende", brand="WEB.DE"),
    [E("5.2.2", "552", "mailboxfull")])

add("ionos-authfailure-06.eml", "GMX", gmx_notice(
    "kundenserver.de", "buchhaltung@steuerbuero-beispiel.de", "rechnung@lieferant-beispiel.com",
    "lieferant-beispiel-com.mail.protection.outlook.com", "52.101.68.3",
    "550 5.7.23 The message was rejected because of Sender Policy Framework violation -> "
    "This message was rejected by the recipient email system",
    "Mon, 16 Nov 2026 11:47:30 +0100", "Rechnung 2026-1187", cmd="end of data"),
    [E("5.7.23", "550", "authfailure")])

t, d, r = pfe("info@autohaus-beispiel.de", "212.227.15.41",
              "554-kundenserver.de (mxeue011) Nemesis ESMTP Service not available 554-No SMTP service "
              "554-IP address is black listed. 554 For explanation visit "
              "https://www.ionos.de/hilfe/e-mail/fehlermeldungen/?c=bl&ip=198.51.100.140", cmd="MAIL FROM",
              rhost="mx00.ionos.de")
add("ionos-blocked-07.eml", "Postfix", pf("de", "mx1.fahrschule-beispiel.de", "anmeldung@fahrschule-beispiel.de",
                                          "info@autohaus-beispiel.de", "Tue, 17 Nov 2026 07:55:00 +0100",
                                          "4C93Hd5Wb2z1Rx", "Probefahrt", "ISO-8859-1", "qp", t, "5.0.0", d, r),
    [E("5.0.0", "554", "blocked")])


def strato_dsn(snd, rcpt, reply, status, rhost, date, subj, action="failed"):
    """Strato (smtp.rzone.de): a bilingual German/English text part and a
    standard DSN."""
    m = Mime("smtp.strato.de (RZmta 51.2.3 AUTH) with ESMTPSA id z1f2a3b", BODY["de"])
    text = ("Ihre Nachricht konnte leider nicht zugestellt werden.\n"
            "Your message could not be delivered.\n\n"
            "Empfänger / Recipient: %s\n"
            "Grund / Reason: Der Server des Empfängers hat die Annahme verweigert.\n"
            "Antwort des Servers / Server reply:\n    %s\n\n"
            "Bei Fragen wenden Sie sich bitte an den Strato-Kundenservice.\n") % (rcpt, reply)
    per = "Reporting-MTA: dns; smtp.rzone.de\nArrival-Date: %s" % date
    rr = rec(rcpt, action, status, reply, rhost)
    bnd = "----=_RZmta_DSN_7f3a91c2"
    body = m.multipart("report", [m.part("text/plain", text, "qp", "ISO-8859-15"), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "strato.%s" % snd, frm=snd)], bnd,
                       params=" report-type=delivery-status;", preamble="")
    h = hdrs("Mail Delivery System <MAILER-DAEMON@smtp.rzone.de>",
             mimeword("Unzustellbar / Undeliverable: ", "ISO-8859-15", "Q") + " " + subj.encode(
                 "ascii", "replace").decode(), date, "dsn.%s@smtp.rzone.de" % date[5:16].replace(" ", ""), to=snd)
    return "\n".join(h) + "\n" + body


add("strato-mailboxfull-08.eml", "Strato", strato_dsn(
    "kanzlei@anwalt-beispiel.de", "p.krause@mandant-beispiel.de",
    "452 4.2.2 <p.krause@mandant-beispiel.de>: Mailbox full, quota exceeded", "4.2.2",
    "mx.mandant-beispiel.de", "Thu, 26 Nov 2026 10:30:00 +0100", "Termin Akteneinsicht"),
    [E("4.2.2", "452", "mailboxfull")])

add("strato-mesgtoobig-09.eml", "Strato", strato_dsn(
    "fotostudio@fotografie-beispiel.de", "hochzeit.meier@example-mail.de",
    "552 5.3.4 Message size exceeds fixed maximum message size (Nachricht zu groß, maximal 25 MB)", "5.3.4",
    "mx.example-mail.de", "Sat, 21 Nov 2026 16:05:12 +0100", "Ihre Hochzeitsfotos"),
    [E("5.3.4", "552", "mesgtoobig")])

add("hetzner-expired-10.eml", "Postfix", pf(
    "de", "www417.your-server.de", "shop@teeladen-beispiel.de", "bestellung@grosshandel-beispiel.at",
    "Sun, 22 Nov 2026 03:14:00 +0100", "4CfQ8n1Jx9z3Wv", "Bestellung 4471", "UTF-8", "qp",
    "connect to mail.grosshandel-beispiel.at[192.0.2.201]:25: Connection timed out", "4.4.1",
    "connect to mail.grosshandel-beispiel.at[192.0.2.201]:25: Connection timed out", None, dtype="X-Postfix"),
    [E("4.4.1", "", "expired")])

# --------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------

t, d, r = pfe("jean.dupont@orange.fr", "193.252.22.74",
              "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
              rhost="smtp-in.orange.fr")
add("orange-userunknown-11.eml", "Postfix", pf("fr", "mail.cabinet-exemple.fr", "secretariat@cabinet-exemple.fr",
                                               "jean.dupont@orange.fr", "Mon, 23 Nov 2026 10:02:13 +0100",
                                               "4ChXy71Kq0z5Mm", "Rendez-vous du 3 décembre", "ISO-8859-15", "qp",
                                               t, "5.1.1", d, r),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("martine.leroy@wanadoo.fr", "193.252.22.86",
              "552 5.2.2 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", rhost="smtp-in.orange.fr")
add("wanadoo-mailboxfull-12.eml", "Postfix", pf("fr", "smtp.mairie-exemple.fr", "etat-civil@mairie-exemple.fr",
                                                "martine.leroy@wanadoo.fr", "Tue, 24 Nov 2026 15:40:27 +0100",
                                                "4CjBb22Lp4z7Qq", "Votre demande d'acte", "ISO-8859-1", "8bit",
                                                t, "5.2.2", d, r),
    [E("5.2.2", "552", "mailboxfull")])

t, d, r = pfe("c.bernard@orange.fr", "193.252.22.65",
              "421 mwinf5c31 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, "
              "slow down. OFR005_104 [104]", cmd="MAIL FROM", rhost="smtp-in.orange.fr")
add("orange-toomanyconn-13.eml", "Postfix", pf("fr", "mx.lettre-exemple.fr", "newsletter@lettre-exemple.fr",
                                               "c.bernard@orange.fr", "Wed, 25 Nov 2026 06:00:05 +0100",
                                               "4Cjz0Q0Ddz2Hh", "La lettre de novembre", "UTF-8", "qp",
                                               "delivery temporarily suspended: " + t, "4.0.0", d, r, delay=True),
    [E("4.0.0", "421", "toomanyconn")])

t, d, r = pfe("p.moreau@orange.fr", "193.252.22.90",
              "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. "
              "OFR004_103 [103]", cmd="MAIL FROM", rhost="smtp-in.orange.fr")
add("orange-blocked-14.eml", "Postfix", pf("fr", "vps-4f2a.exemple-hebergement.fr", "contact@gite-exemple.fr",
                                           "p.moreau@orange.fr", "Thu, 19 Nov 2026 12:12:12 +0100", "4CbN4r3Ttz6Jj",
                                           "Réservation du gîte", "ISO-8859-15", "qp", t, "5.7.1", d, r),
    [E("5.7.1", "550", "blocked")])

t, d, r = pfe("lucas.petit@free.fr", "212.27.48.6",
              "550 5.7.1 <lucas.petit@free.fr>: Recipient address rejected: Too many spams from your IP "
              "(198.51.100.23), please visit http://postmaster.free.fr/", rhost="mx1.free.fr")
add("free-blocked-15.eml", "Postfix", pf("fr", "mail.asso-exemple.org", "bureau@asso-exemple.org",
                                         "lucas.petit@free.fr", "Fri, 20 Nov 2026 21:30:45 +0100", "4CcRr54Vvz1Aa",
                                         "Cotisation 2027", "ISO-8859-1", "qp", t, "5.7.1", d, r),
    [E("5.7.1", "550", "blocked")])


def laposte_notice(snd, rcpt, reply, date, subj):
    """La Poste (laposte.net) webmail's own French notice, plain text
    (ISO-8859-1 quoted-printable), no DSN."""
    m = Mime("laposte.net", BODY["fr"])
    text = ("Bonjour,\n\n"
            "Ceci est un message automatique du service de messagerie La Poste.\n\n"
            "Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :\n\n"
            "    %s\n\n"
            "Raison : le serveur du destinataire a refusé le message.\n"
            "Réponse du serveur distant :\n    %s\n\n"
            "Objet du message : %s\n"
            "Date d'envoi : %s\n\n"
            "Ce message ne nécessite pas de réponse.\n") % (rcpt, reply, subj, date)
    h = hdrs("=?ISO-8859-1?Q?Messagerie_La_Poste?= <mailer-daemon@laposte.net>",
             mimeword("Échec de la remise du message", "ISO-8859-1", "Q"), date, "lpn.%s@laposte.net" % date[5:7],
             to=snd)
    return "\n".join(h) + "\n" + m.part("text/plain", text, "qp", "ISO-8859-1")


add("laposte-spamdetected-16.eml", "LaPoste", laposte_notice(
    "g.fontaine@laposte.net", "devis@artisan-exemple.fr",
    "554 5.7.1 Message refuse : contenu considere comme SPAM (score 9.8)", "Sat, 21 Nov 2026 09:45:00 +0100",
    "Demande de devis toiture"),
    [E("5.7.1", "554", "securityerror")])


def exchange_ndr(lang, snd, rcpt, rhost, reply, status, date, subj, server, enc="qp"):
    """An Exchange Online / hosted Exchange NDR in lang (fr, es, tr):
    localized text and html, the standard DSN, the original's headers."""
    L = {
        "fr": ("Non remis : ", "Votre message n'a pas pu être remis à %s.",
               "Échec de remise aux destinataires ou groupes suivants :",
               "Informations de diagnostic pour les administrateurs :", "Serveur de génération : %s",
               "Le serveur distant a retourné '%s'", "Entêtes du message d'origine :"),
        "es": ("No se puede entregar: ", "No se ha podido entregar su mensaje a %s.",
               "Error en la entrega a estos destinatarios o grupos:",
               "Información de diagnóstico para administradores:", "Servidor de generación: %s",
               "El servidor remoto devolvió '%s'", "Encabezados del mensaje original:"),
        "tr": ("Teslim Edilemedi: ", "İletiniz %s adresine teslim edilemedi.",
               "Şu alıcılara veya gruplara teslim başarısız oldu:",
               "Yöneticiler için tanılama bilgileri:", "Oluşturan sunucu: %s",
               "Uzak Sunucu şunu döndürdü: '%s'", "Özgün ileti üst bilgileri:"),
    }[lang]
    m = Mime("%s (2603:10a6:20b:4a::12) with Microsoft SMTP Server" % server, BODY.get(lang, ""))
    expl = {"fr": {"5.1.10": "L'adresse de messagerie est introuvable. Vérifiez l'adresse du destinataire.",
                   "5.7.509": "Le domaine de l'expéditeur n'a pas passé la vérification DMARC.",
                   "5.2.2": "La boîte aux lettres du destinataire est pleine."},
            "es": {"5.1.10": "No se encontró la dirección de correo electrónico del destinatario.",
                   "5.4.1": "El dominio de destino rechazó la dirección (acceso de retransmisión denegado).",
                   "5.7.1": "El servidor del destinatario rechazó el mensaje por considerarlo spam."},
            "tr": {"5.7.509": "Gönderen etki alanı DMARC doğrulamasından geçemedi.",
                   "5.1.10": "Alıcının e-posta adresi bulunamadı."}}[lang].get(status, "")
    text = "%s\n\n%s\n\n%s\n\n%s\n\n%s\n%s\n%s\n\n%s\n" % (
        L[1] % rcpt, expl, L[2], rcpt, L[3], L[4] % server, rcpt + "\n" + rhost + "\n" + (L[5] % reply), L[6])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b>%s</b></p><p>%s</p><p>%s<br><a href=\"mailto:%s\">%s</a></p><p>%s<br>%s</p>"
            "<p>%s<br>%s</p></body></html>") % (L[1] % rcpt, expl, L[2], rcpt, rcpt, L[3], L[4] % server, rhost,
                                                 L[5] % reply)
    alt = m.multipart("alternative", [m.part("text/plain", text, enc, "utf-8"),
                                      m.part("text/html", html, enc, "utf-8")], "b2_alt_%s" % server[:6],
                      preamble="")
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (server, server, date)
    rr = rec(rcpt, "failed", status, reply, rhost, orig_rcpt=False)
    body = m.multipart("report", [alt, dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "%s.exch" % server, "headers", frm=snd)],
                       "b1_rep_%s" % server[:6], params=" report-type=delivery-status;", preamble="")
    h = hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % snd.split("@")[1],
             mimeword(L[0] + subj, "utf-8", "B"), date, "%s.ndr@%s" % (server.lower(), snd.split("@")[1]), to=snd,
             extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: %s" % {"fr": "fr-FR", "es": "es-ES",
                                                                             "tr": "tr-TR"}[lang]])
    return "\n".join(h) + "\n" + body


add("ovh-exchange-userunknown-17.eml", "Exchange2013", exchange_ndr(
    "fr", "direction@pme-exemple.fr", "a.girard@client-exemple.fr", "ex4.mail.ovh.net",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "5.1.10",
    "Mon, 16 Nov 2026 16:20:00 +0100", "Proposition commerciale", "EX4.mail.ovh.net"),
    [E("5.1.10", "550", "userunknown")])

t, d, r = pfe("ventes@boutique-exemple.fr", "188.165.36.237",
              "552 5.3.4 Error: message file too big", cmd="end of data", rhost="mx3.mail.ovh.net")
add("ovh-mesgtoobig-18.eml", "Postfix", pf("fr", "mo4321.mail-out.ovh.net", "photos@studio-exemple.fr",
                                           "ventes@boutique-exemple.fr", "Tue, 17 Nov 2026 13:13:13 +0100",
                                           "4CdPq31Mmz8Zz", "Photos du catalogue", "UTF-8", "base64",
                                           t, "5.3.4", d, r),
    [E("5.3.4", "552", "mesgtoobig")])

t, d, r = pfe("n.robert@sfr.fr", "93.17.128.20",
              "550 5.7.1 Message rejete : le domaine de l'expediteur echoue a la verification DMARC "
              "(politique reject)", cmd="end of data", rhost="mx2.sfr.fr")
add("sfr-authfailure-19.eml", "Postfix", pf("fr", "mail.notaire-exemple.fr", "office@notaire-exemple.fr",
                                            "n.robert@sfr.fr", "Wed, 18 Nov 2026 17:07:07 +0100", "4CfTt11Aaz0Bb",
                                            "Acte de vente", "ISO-8859-15", "qp", t, "5.7.1", d, r),
    [E("5.7.1", "550", "authfailure")])

add("sfr-hostunknown-20.eml", "Postfix", pf(
    "fr", "smtp.ecole-exemple.fr", "direction@ecole-exemple.fr", "parent.durand@sfr.fr.com",
    "Thu, 26 Nov 2026 08:00:30 +0100", "4CkZz21Ccz9Dd", "Sortie scolaire", "ISO-8859-1", "qp",
    "Host or domain name not found. Name service error for name=sfr.fr.com type=A: Host not found", "5.4.4",
    "Host or domain name not found. Name service error for name=sfr.fr.com type=A: Host not found",
    None, dtype="X-Postfix"),
    [E("5.4.4", "", "hostunknown")])

# --------------------------------------------------------------------------
# Spanish and Portuguese
# --------------------------------------------------------------------------

add("movistar-exchange-userunknown-21.eml", "Exchange2013", exchange_ndr(
    "es", "compras@empresa-ejemplo.es", "l.garcia@movistar.es", "mx.movistar.es",
    "550 5.1.1 <l.garcia@movistar.es>: Recipient address rejected: El usuario no existe",
    "5.1.1", "Mon, 23 Nov 2026 12:30:00 +0100", "Pedido 2026/118", "AM9P192MB1234.EURP192.PROD.OUTLOOK.COM"),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("jmartinez@telefonica.net", "81.46.0.21",
              "552 5.2.2 <jmartinez@telefonica.net>: Buzon lleno / Mailbox full", cmd="RCPT TO",
              rhost="mx.telefonica.net")
add("telefonica-mailboxfull-22.eml", "Postfix", pf("es", "correo.gestoria-ejemplo.es", "avisos@gestoria-ejemplo.es",
                                                   "jmartinez@telefonica.net", "Tue, 24 Nov 2026 09:09:09 +0100",
                                                   "4CgHh81Eez2Ff", "Recordatorio: declaración trimestral",
                                                   "windows-1252", "qp", t, "5.2.2", d, r),
    [E("5.2.2", "552", "mailboxfull")])

t, d, r = pfe("ana.ruiz@terra.es", "213.4.149.10",
              "554 5.7.1 Mensaje rechazado por ser considerado SPAM / Message rejected as spam", cmd="end of data",
              rhost="mx.terra.es")
add("terra-spamdetected-23.eml", "Postfix", pf("es", "mail.tienda-ejemplo.es", "ofertas@tienda-ejemplo.es",
                                               "ana.ruiz@terra.es", "Wed, 25 Nov 2026 20:20:20 +0100",
                                               "4ChJj91Ggz3Hh", "¡Ofertas del Black Friday!", "ISO-8859-1", "8bit",
                                               t, "5.7.1", d, r),
    [E("5.7.1", "554", "spamdetected")])

add("exchange-es-norelaying-24.eml", "Exchange2013", exchange_ndr(
    "es", "rrhh@fabrica-ejemplo.es", "seleccion@consultora-ejemplo.com.ar", "mail.consultora-ejemplo.com.ar",
    "550 5.7.1 Unable to relay for seleccion@consultora-ejemplo.com.ar", "5.7.1",
    "Thu, 19 Nov 2026 11:11:11 +0100", "Candidatura", "DB8P191MB0456.EURP191.PROD.OUTLOOK.COM"),
    [E("5.7.1", "550", "norelaying")])


def uol_notice(snd, rcpt, rhost, reply, status, date, subj, cs="ISO-8859-1"):
    """UOL's own Portuguese notice (Mail Delivery Subsystem), text in
    ISO-8859-1 quoted-printable, then a DSN."""
    m = Mime("smtp.uol.com.br (Postfix) with ESMTPA id 4CbB1x2Yyz", BODY["pt"], charset="ISO-8859-1")
    text = ("Olá,\n\nEsta é uma mensagem automática do sistema de e-mail do UOL.\n\n"
            "Não foi possível entregar a sua mensagem ao(s) destinatário(s) abaixo:\n\n"
            "    %s\n\nMotivo: o servidor do destinatário recusou a mensagem.\n"
            "Resposta do servidor %s:\n    %s\n\n"
            "Verifique o endereço e tente novamente. Se o problema continuar, entre em contato\n"
            "com o administrador do domínio do destinatário.\n\nAtenciosamente,\nUOL\n") % (rcpt, rhost, reply)
    per = "Reporting-MTA: dns; smtp.uol.com.br\nArrival-Date: %s" % date
    rr = rec(rcpt, "failed", status, reply, rhost)
    body = m.multipart("report", [m.part("text/plain", text, "qp", cs), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "uol.%s" % rcpt, frm=snd)], "=_uol_bounce_61c2",
                       params=" report-type=delivery-status;", preamble="")
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@uol.com.br>", mimeword("Mensagem não entregue", cs, "Q"),
             date, "uol.dsn.%s@uol.com.br" % rcpt.split("@")[0], to=snd)
    return "\n".join(h) + "\n" + body


add("uol-userunknown-25.eml", "UOL", uol_notice(
    "fernanda.lima@uol.com.br", "contato@padaria-exemplo.com.br", "mx.padaria-exemplo.com.br",
    "550 5.1.1 <contato@padaria-exemplo.com.br>: Recipient address rejected: usuario inexistente",
    "5.1.1", "Mon, 16 Nov 2026 10:10:10 -0300", "Encomenda de bolo"),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("marcos.silva@uol.com.br", "200.147.36.15",
              "550 5.7.1 Mensagem rejeitada: o IP 198.51.100.51 esta listado na RBL (blacklist). "
              "Consulte http://postmaster.uol.com.br", cmd="MAIL FROM", rhost="mx.uol.com.br")
add("uol-blocked-26.eml", "Postfix", pf("pt", "mail.imobiliaria-exemplo.com.br", "vendas@imobiliaria-exemplo.com.br",
                                        "marcos.silva@uol.com.br", "Tue, 17 Nov 2026 15:15:15 -0300", "4CcCc12Ddz3Ee",
                                        "Proposta do apartamento", "ISO-8859-1", "qp", t, "5.7.1", d, r),
    [E("5.7.1", "550", "blocked")])


def locaweb_notice(snd, rcpt, reply, status, date, subj, rhost=None):
    """Locaweb's Portuguese notice (UTF-8 base64), then a DSN."""
    m = Mime("smtp.locaweb.com.br (Postfix) with ESMTPA id 4Cd0k", BODY["pt"])
    text = ("Esta é uma mensagem automática do sistema de e-mails da Locaweb.\n\n"
            "Sua mensagem para %s não pôde ser entregue.\n\n"
            "Detalhes técnicos:\n    %s\n\n"
            "Em caso de dúvidas, acesse a Central de Ajuda da Locaweb.\n") % (rcpt, reply)
    per = "Reporting-MTA: dns; smtp.locaweb.com.br\nArrival-Date: %s" % date
    rr = rec(rcpt, "failed", status, reply, rhost)
    body = m.multipart("report", [m.part("text/plain", text, "base64", "UTF-8"), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "lw.%s" % rcpt, "headers", frm=snd)],
                       "locaweb-dsn-%s" % status.replace(".", ""), params=" report-type=delivery-status;")
    h = hdrs("Sistema de Entrega de E-mails <MAILER-DAEMON@smtp.locaweb.com.br>",
             mimeword("Falha na entrega da mensagem", "UTF-8", "B"), date, "lw.%s@locaweb.com.br" % status, to=snd)
    return "\n".join(h) + "\n" + body


add("locaweb-speeding-27.eml", "Locaweb", locaweb_notice(
    "marketing@loja-exemplo.com.br", "cliente.8812@gmail.com",
    "554 5.7.1 Limite de envio excedido: sua conta ultrapassou o limite de mensagens por hora", "5.7.1",
    "Wed, 18 Nov 2026 14:00:00 -0300", "Promoção de novembro"),
    [E("5.7.1", "554", "securityerror")])

add("locaweb-mesgtoobig-28.eml", "Locaweb", locaweb_notice(
    "projetos@arquitetura-exemplo.com.br", "obra@construtora-exemplo.com.br",
    "552 5.3.4 Mensagem excede o tamanho maximo permitido (message size exceeds limit)", "5.3.4",
    "Thu, 19 Nov 2026 09:30:00 -0300", "Plantas do projeto", rhost="mx.construtora-exemplo.com.br"),
    [E("5.3.4", "552", "mesgtoobig")])

t, d, r = pfe("rafael.costa@terra.com.br", "200.154.55.20",
              "550 5.7.1 Mensagem rejeitada: falha na verificacao SPF do remetente (SPF fail)", cmd="MAIL FROM",
              rhost="mx.terra.com.br")
add("terra-authfailure-29.eml", "Postfix", pf("pt", "mail.escola-exemplo.com.br", "secretaria@escola-exemplo.com.br",
                                              "rafael.costa@terra.com.br", "Fri, 20 Nov 2026 08:08:08 -0300",
                                              "4CeEe23Ffz4Gg", "Boletim escolar", "UTF-8", "qp", t, "5.7.1", d, r),
    [E("5.7.1", "550", "authfailure")])

t, d, r = pfe("ines.sousa@sapo.pt", "213.13.146.142",
              "552 5.2.2 <ines.sousa@sapo.pt>: Caixa de correio cheia (mailbox full)", rhost="mx.sapo.pt")
add("sapo-mailboxfull-30.eml", "Postfix", pf("pt-pt", "mail.clinica-exemplo.pt", "marcacoes@clinica-exemplo.pt",
                                             "ines.sousa@sapo.pt", "Sat, 21 Nov 2026 11:00:00 +0000",
                                             "4CfFf34Ggz5Hh", "Confirmação de consulta", "ISO-8859-15", "qp",
                                             t, "5.2.2", d, r),
    [E("5.2.2", "552", "mailboxfull")])

t, d, r = pfe("tiago.pereira@sapo.pt", "213.13.146.143",
              "550 5.1.1 <tiago.pereira@sapo.pt>: Recipient address rejected: User unknown in virtual mailbox table",
              rhost="mx.sapo.pt")
add("sapo-userunknown-31.eml", "Postfix", pf("pt-pt", "smtp.junta-exemplo.pt", "geral@junta-exemplo.pt",
                                             "tiago.pereira@sapo.pt", "Sun, 22 Nov 2026 18:18:18 +0000",
                                             "4CgGg45Hhz6Ii", "Atestado de residência", "UTF-8", "8bit",
                                             t, "5.1.1", d, r),
    [E("5.1.1", "550", "userunknown")])

# --------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------

t, d, r = pfe("marco.rossi@libero.it", "213.209.1.129",
              "550 5.1.1 <marco.rossi@libero.it>: Recipient address rejected: utente inesistente / user unknown",
              rhost="smtp-in.libero.it")
add("libero-userunknown-32.eml", "Postfix", pf("it", "mail.studio-esempio.it", "segreteria@studio-esempio.it",
                                               "marco.rossi@libero.it", "Mon, 23 Nov 2026 09:45:00 +0100",
                                               "4ChHh56Iiz7Jj", "Promemoria appuntamento", "ISO-8859-15", "qp",
                                               t, "5.1.1", d, r),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("f.esposito@libero.it", "213.209.1.130",
              "554 5.7.1 Messaggio rifiutato perche' classificato come spam / Message rejected as spam",
              cmd="end of data", rhost="smtp-in.libero.it")
add("libero-spamdetected-33.eml", "Postfix", pf("it", "newsletter.negozio-esempio.it", "offerte@negozio-esempio.it",
                                                "f.esposito@libero.it", "Tue, 24 Nov 2026 19:00:00 +0100",
                                                "4CiIi67Jjz8Kk", "Sconti di fine stagione", "UTF-8", "base64",
                                                t, "5.7.1", d, r),
    [E("5.7.1", "554", "spamdetected")])


def aruba_dsn(snd, rcpt, rhost, reply, status, date, subj, action="failed"):
    """Aruba's own Italian notice (ISO-8859-1 quoted-printable) and a DSN."""
    m = Mime("smtpdh.aruba.it with ESMTPSA id 9aBcDe", BODY["it"])
    text = ("Questo è un messaggio generato automaticamente dal sistema di posta di Aruba.\n\n"
            "Il messaggio inviato non è stato recapitato al seguente destinatario:\n\n"
            "    %s\n\n"
            "Motivo: il server di posta del destinatario ha rifiutato il messaggio.\n"
            "Risposta del server %s:\n    %s\n\n"
            "Per maggiori informazioni consultare la guida di Aruba.\n") % (rcpt, rhost, reply)
    per = "Reporting-MTA: dns; smtpdh.aruba.it\nArrival-Date: %s" % date
    rr = rec(rcpt, action, status, reply, rhost)
    body = m.multipart("report", [m.part("text/plain", text, "qp", "ISO-8859-1"), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "aruba.%s" % rcpt, "headers", frm=snd)],
                       "----=_aruba_ndr_%s" % status.replace(".", ""), params=" report-type=delivery-status;",
                       preamble="")
    h = hdrs("Aruba Mail Delivery <mailer-daemon@aruba.it>", mimeword("Mancata consegna del messaggio", "ISO-8859-1",
                                                                      "Q"),
             date, "aruba.ndr.%s@aruba.it" % status, to=snd)
    return "\n".join(h) + "\n" + body


add("aruba-suspend-34.eml", "Aruba", aruba_dsn(
    "amministrazione@ditta-esempio.it", "l.bianchi@fornitore-esempio.it", "mx.fornitore-esempio.it",
    "550 5.2.1 <l.bianchi@fornitore-esempio.it>: casella disabilitata / mailbox disabled", "5.2.1",
    "Wed, 25 Nov 2026 10:10:10 +0100", "Fattura n. 312"),
    [E("5.2.1", "550", "filtered")])

add("aruba-mesgtoobig-35.eml", "Aruba", aruba_dsn(
    "progetti@architetto-esempio.it", "ufficio.tecnico@comune-esempio.it", "mx.comune-esempio.it",
    "552 5.3.4 Messaggio troppo grande: dimensione massima consentita 30 MB", "5.3.4",
    "Thu, 26 Nov 2026 15:30:00 +0100", "Pratica edilizia - allegati"),
    [E("5.3.4", "552", "mesgtoobig")])

t, d, r = pfe("giovanna.conti@virgilio.it", "62.211.72.32",
              "550 5.7.1 Connessione rifiutata: IP 198.51.100.99 presente in blacklist (Spamhaus)", cmd="MAIL FROM",
              rhost="mx.virgilio.it")
add("virgilio-blocked-36.eml", "Postfix", pf("it", "vps.bb-esempio.it", "info@bb-esempio.it",
                                             "giovanna.conti@virgilio.it", "Fri, 20 Nov 2026 22:22:22 +0100",
                                             "4CjJj78Kkz9Ll", "Conferma prenotazione", "ISO-8859-1", "qp",
                                             t, "5.7.1", d, r),
    [E("5.7.1", "550", "blocked")])

# --------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------

t, d, r = pfe("j.devries@kpnmail.nl", "195.121.94.167",
              "550 5.1.1 <j.devries@kpnmail.nl>: Ontvanger onbekend / Recipient unknown", rhost="mx.kpnmail.nl")
add("kpn-userunknown-37.eml", "Postfix", pf("nl", "mail.tandarts-voorbeeld.nl", "praktijk@tandarts-voorbeeld.nl",
                                            "j.devries@kpnmail.nl", "Mon, 16 Nov 2026 08:30:00 +0100",
                                            "4CkKk89Llz0Mm", "Herinnering afspraak", "ISO-8859-1", "qp",
                                            t, "5.1.1", d, r),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("s.jansen@ziggo.nl", "212.54.34.168",
              "554 5.7.1 Uw e-mail is geweigerd: het verzendende IP-adres staat op een blocklist "
              "(Spamhaus). Your IP is listed in a blocklist.", cmd="MAIL FROM", rhost="mx.ziggo.nl")
add("ziggo-blocked-38.eml", "Postfix", pf("nl", "server.sportclub-voorbeeld.nl", "ledenadministratie@sportclub-voorbeeld.nl",
                                          "s.jansen@ziggo.nl", "Tue, 17 Nov 2026 20:00:00 +0100", "4ClLl90Mmz1Nn",
                                          "Contributie seizoen 2026-2027", "UTF-8", "qp", t, "5.7.1", d, r),
    [E("5.7.1", "554", "blocked")])

t, d, r = pfe("p.bakker@planet.nl", "195.121.94.170",
              "421 4.7.0 Te veel verbindingen vanaf uw IP-adres, probeer het later opnieuw (too many connections)",
              cmd="MAIL FROM", rhost="mx.kpnmail.nl")
add("kpn-toomanyconn-39.eml", "Postfix", pf("nl", "mailer.webwinkel-voorbeeld.nl", "bestelling@webwinkel-voorbeeld.nl",
                                            "p.bakker@planet.nl", "Wed, 18 Nov 2026 07:07:07 +0100", "4CmMm01Nnz2Oo",
                                            "Uw bestelling is verzonden", "ISO-8859-15", "qp",
                                            "delivery temporarily suspended: " + t, "4.7.0", d, r, delay=True),
    [E("4.7.0", "421", "toomanyconn")])

# --------------------------------------------------------------------------
# Polish
# --------------------------------------------------------------------------

t, d, r = pfe("adam.nowak@wp.pl", "212.77.101.1",
              "550 5.1.1 <adam.nowak@wp.pl>: Adresat nie istnieje / Recipient address rejected: User unknown",
              rhost="mx.wp.pl")
add("wp-userunknown-40.eml", "Postfix", pf("pl", "poczta.biuro-przyklad.pl", "biuro@biuro-przyklad.pl",
                                           "adam.nowak@wp.pl", "Thu, 19 Nov 2026 13:00:00 +0100", "4CnNn12Ooz3Pp",
                                           "Faktura za listopad", "ISO-8859-2", "qp", t, "5.1.1", d, r),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("ewa.kowalska@onet.pl", "213.180.147.180",
              "554 5.7.1 Wiadomosc zostala odrzucona przez filtr antyspamowy / Message rejected as spam",
              cmd="end of data", rhost="mx.poczta.onet.pl")
add("onet-spamdetected-41.eml", "Postfix", pf("pl", "mail.sklep-przyklad.pl", "promocje@sklep-przyklad.pl",
                                              "ewa.kowalska@onet.pl", "Fri, 20 Nov 2026 17:17:17 +0100",
                                              "4CoOo23Ppz4Qq", "Wyprzedaż -50%", "ISO-8859-2", "8bit",
                                              t, "5.7.1", d, r),
    [E("5.7.1", "554", "spamdetected")])

t, d, r = pfe("piotr.wisniewski@interia.pl", "217.74.64.236",
              "552 5.2.2 <piotr.wisniewski@interia.pl>: Skrzynka odbiorcy jest pelna / Mailbox is full",
              rhost="mx.poczta.interia.pl")
add("interia-mailboxfull-42.eml", "Postfix", pf("pl", "smtp.szkola-przyklad.edu.pl", "sekretariat@szkola-przyklad.edu.pl",
                                                "piotr.wisniewski@interia.pl", "Sat, 21 Nov 2026 10:00:00 +0100",
                                                "4CpPp34Qqz5Rr", "Zebranie rodziców", "UTF-8", "base64",
                                                t, "5.2.2", d, r),
    [E("5.2.2", "552", "mailboxfull")])


def wp_notice(snd, rcpt, reply, date, subj):
    """WP Poczta's own Polish notice of its outgoing limit (ISO-8859-2
    quoted-printable), plain text, no DSN."""
    m = Mime("smtp.wp.pl", BODY["pl"])
    text = ("Witaj,\n\nTwoja wiadomość nie została wysłana.\n\n"
            "Adresat: %s\nTemat: %s\n\n"
            "Powód: przekroczono dzienny limit wysyłanych wiadomości dla Twojego konta.\n"
            "Odpowiedź serwera: %s\n\n"
            "Spróbuj ponownie jutro. Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.\n"
            "Zespół Poczty WP\n") % (rcpt, subj, reply)
    h = hdrs("Poczta WP <mailer-daemon@wp.pl>", mimeword("Wiadomość nie została dostarczona", "ISO-8859-2", "Q"),
             date, "wp.limit.%s@wp.pl" % rcpt.split("@")[0], to=snd)
    return "\n".join(h) + "\n" + m.part("text/plain", text, "qp", "ISO-8859-2")


add("wp-speeding-43.eml", "WP", wp_notice(
    "zamowienia.sklepik@wp.pl", "klient.ab@gmail.com",
    "554 5.7.1 Przekroczono limit wysylanych wiadomosci (too many messages sent)", "Sun, 22 Nov 2026 23:30:00 +0100",
    "Potwierdzenie zamówienia"),
    [E("5.7.1", "554", "securityerror")])

# --------------------------------------------------------------------------
# Czech
# --------------------------------------------------------------------------


def seznam_dsn(snd, rcpt, rhost, reply, status, date, subj):
    """Seznam.cz's own Czech notice (UTF-8 quoted-printable) and a DSN."""
    m = Mime("email.seznam.cz (szn-email-smtpd) with ESMTPA", BODY["cs"])
    text = ("Dobrý den,\n\ntoto je automaticky generovaná zpráva poštovního systému Seznam.cz.\n\n"
            "Vaši zprávu se nepodařilo doručit na adresu:\n    %s\n\n"
            "Odpověď vzdáleného serveru %s:\n    %s\n\n"
            "Zkontrolujte prosím adresu příjemce. Na tuto zprávu neodpovídejte.\n") % (rcpt, rhost, reply)
    per = "Reporting-MTA: dns; email.seznam.cz\nArrival-Date: %s" % date
    rr = rec(rcpt, "failed", status, reply, rhost)
    body = m.multipart("report", [m.part("text/plain", text, "qp", "UTF-8"), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "szn.%s" % rcpt, "headers", frm=snd)],
                       "=_szn_dsn_%s" % status.replace(".", ""), params=" report-type=delivery-status;",
                       preamble="")
    h = hdrs("Mail Delivery System <mailer-daemon@email.seznam.cz>",
             mimeword("Nedoručitelná zpráva", "UTF-8", "Q"), date, "szn.%s@email.seznam.cz" % status, to=snd)
    return "\n".join(h) + "\n" + body


add("seznam-userunknown-44.eml", "Seznam", seznam_dsn(
    "jana.novakova@seznam.cz", "info@penzion-priklad.cz", "mx.penzion-priklad.cz",
    "550 5.1.1 <info@penzion-priklad.cz>: Recipient address rejected: uzivatel neexistuje (user unknown)", "5.1.1",
    "Mon, 23 Nov 2026 16:16:16 +0100", "Rezervace pokoje"),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("tomas.dvorak@seznam.cz", "77.75.78.48",
              "554 5.7.1 Zprava byla vyhodnocena jako SPAM a odmitnuta / Message rejected as spam",
              cmd="end of data", rhost="mx1.seznam.cz")
add("seznam-spamdetected-45.eml", "Postfix", pf("pl", "mail.eshop-priklad.cz", "obchod@eshop-priklad.cz",
                                                "tomas.dvorak@seznam.cz", "Tue, 24 Nov 2026 06:06:06 +0100",
                                                "4CqQq45Rrz6Ss", "Novinky z e-shopu", "ISO-8859-2", "qp",
                                                t, "5.7.1", d, r),
    [E("5.7.1", "554", "spamdetected")])

# --------------------------------------------------------------------------
# Russian
# --------------------------------------------------------------------------


def mailru_notice(snd, rcpt, rhost, rip, reply, date, subj, cs="UTF-8", enc="base64"):
    """Mail.Ru's own notice: Russian, then Exim's English lines, then the
    original; no DSN."""
    m = Mime("smtp43.i.mail.ru with esmtpa (envelope-from <%s>) id 1tAbCd-0009Xy-2z" % snd, BODY["ru"])
    text = ("Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.\n\n"
            "К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:\n\n"
            "%s\n\nРекомендуем Вам проверить корректность указания адресов получателей.\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    SMTP error from remote mail server after RCPT TO:<%s>:\n"
            "    host %s [%s]: %s\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n") % (
        rcpt, rcpt, rcpt, rhost, rip, reply)
    text += m.orig(rcpt, hsubj(subj), date, "%s@smtp43.i.mail.ru" % rip.replace(".", "")) + "\n" + BODY["ru"]
    h = hdrs("Mail Delivery System <mailer-daemon@corp.mail.ru>", "Mail failure.", date,
             "E1tAbCd-0009Xy-3a@smtp43.i.mail.ru", to=snd, extra=["Auto-Submitted: auto-replied"])
    return "\n".join(h) + "\n" + m.part("text/plain", text, enc, cs)


add("mailru-userunknown-46.eml", "MailRu", mailru_notice(
    "olga.ivanova@mail.ru", "zakaz@magazin-primer.ru", "mx.magazin-primer.ru", "192.0.2.140",
    "550 5.1.1 <zakaz@magazin-primer.ru>: Recipient address rejected: User unknown in local recipient table",
    "Wed, 25 Nov 2026 12:00:00 +0300", "Заказ №5521"),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("sergey.petrov@mail.ru", "94.100.180.31",
              "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c="
              "AbCdEfGhIjKl0123456789 or report details to abuse@corp.mail.ru. Error code: 8A2B1C3D4E5F. "
              "ID: 00000001A2B3C4D5.", cmd="end of data", rhost="mxs.mail.ru")
add("mailru-spamdetected-47.eml", "Postfix", pf("ru", "mail.zavod-primer.ru", "snab@zavod-primer.ru",
                                                "sergey.petrov@mail.ru", "Thu, 26 Nov 2026 09:00:00 +0300",
                                                "4CrRr56Ssz7Tt", "Коммерческое предложение", "KOI8-R", "8bit",
                                                t, "5.0.0", d, r),
    [E("5.0.0", "550", "spamdetected")])

t, d, r = pfe("a.smirnov@yandex.ru", "77.88.21.249",
              "550 5.7.1 No such user!", rhost="mx.yandex.ru")
add("yandex-userunknown-48.eml", "Postfix", pf("ru", "post.buhgalteriya-primer.ru", "buh@buhgalteriya-primer.ru",
                                               "a.smirnov@yandex.ru", "Fri, 20 Nov 2026 14:14:14 +0300",
                                               "4CsSs67Ttz8Uu", "Акт сверки", "windows-1251", "qp",
                                               t, "5.7.1", d, r),
    [E("5.7.1", "550", "filtered")])


def yandex_bounce(snd, rcpt, text_line, status, diag, date, subj, dtype="X-Postfix"):
    """Yandex's own bounce: Russian intro (UTF-8 base64), the DSN and the
    returned headers (its Postfix)."""
    host = "forward502b.mail.yandex.net"
    m = Mime("mail-nwsmtp-smtp-production-main-12.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id 7aBcDeFg",
             BODY["ru"])
    text = ("Это письмо отправлено почтовой системой сервера %s.\n\n"
            "Ваше сообщение не может быть доставлено одному или нескольким получателям.\n"
            "Подробности ниже.\n\n%s\n") % (host, fold("<%s>: %s" % (rcpt, text_line)))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 0A1B2C3D4E\nArrival-Date: %s" % (host, date)
    rr = rec(rcpt, "failed", status, diag, None, dtype=dtype)
    body = m.multipart("report", [m.part("text/plain", text, "base64", "UTF-8"), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "ya.%s" % rcpt, "headers", frm=snd)],
                       "0A1B2C3D4E.1795765960/%s" % host, params=" report-type=delivery-status;")
    h = hdrs("mailer-daemon@yandex.ru", mimeword("Недоставленное сообщение", "UTF-8", "B"), date,
             "0A1B2C3D4E.1795765960@%s" % host, to=snd)
    return "\n".join(h) + "\n" + body


add("yandex-hostunknown-49.eml", "Postfix", yandex_bounce(
    "dmitry.k@yandex.ru", "info@turbaza-primer.rf.ru",
    "Host or domain name not found. Name service error for name=turbaza-primer.rf.ru type=AAAA: Host not found",
    "5.4.4", "Host or domain name not found. Name service error for name=turbaza-primer.rf.ru type=AAAA: "
             "Host not found", "Sat, 21 Nov 2026 19:19:19 +0300", "Бронирование домика"),
    [E("5.4.4", "", "hostunknown")])

t, d, r = pfe("n.kuznetsova@rambler.ru", "81.19.78.102",
              "552 5.3.4 Message size exceeds fixed limit (Размер письма превышает допустимый)",
              cmd="end of data", rhost="mx.rambler.ru")
add("rambler-mesgtoobig-50.eml", "Postfix", pf("ru", "mail.foto-primer.ru", "studio@foto-primer.ru",
                                               "n.kuznetsova@rambler.ru", "Sun, 22 Nov 2026 21:00:00 +0300",
                                               "4CtTt78Uuz9Vv", "Фотографии с выпускного", "KOI8-R", "base64",
                                               t, "5.3.4", d, r),
    [E("5.3.4", "552", "mesgtoobig")])

# --------------------------------------------------------------------------
# Turkish
# --------------------------------------------------------------------------

add("exchange-tr-authfailure-51.eml", "Exchange2013", exchange_ndr(
    "tr", "satis@firma-ornek.com.tr", "muhasebe@musteri-ornek.com.tr", "musteri-ornek-com-tr.mail.protection.outlook.com",
    "550 5.7.509 Access denied, sending domain firma-ornek.com.tr does not pass DMARC verification and has a DMARC "
    "policy of reject.", "5.7.509", "Mon, 16 Nov 2026 10:00:00 +0300", "Fiyat teklifi",
    "VI1PR09MB4321.eurprd09.prod.outlook.com"),
    [E("5.7.509", "550", "authfailure")])

t, d, r = pfe("destek@magaza-ornek.com.tr", "185.85.204.20",
              "550 5.1.1 <destek@magaza-ornek.com.tr>: Recipient address rejected: Kullanici bulunamadi "
              "(User unknown in virtual mailbox table)", rhost="mx.natrohost.com")
add("natro-userunknown-52.eml", "Postfix", pf("tr", "mail.ajans-ornek.com.tr", "proje@ajans-ornek.com.tr",
                                              "destek@magaza-ornek.com.tr", "Tue, 17 Nov 2026 11:30:00 +0300",
                                              "4CuUu89Vvz0Ww", "Web sitesi güncellemesi", "ISO-8859-9", "qp",
                                              t, "5.1.1", d, r),
    [E("5.1.1", "550", "userunknown")])

# --------------------------------------------------------------------------
# Korean
# --------------------------------------------------------------------------


def naver_notice(snd, rcpt, reason_ko, tech, date, subj):
    """Naver's own Korean notice: HTML only, EUC-KR base64, no DSN; the
    remote server's words in a 'detail' line."""
    m = Mime("naver.com", BODY["ko"])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head>"
            "<body><table><tr><td><b>메일이 발송되지 않았습니다.</b></td></tr>"
            "<tr><td>받는 사람 : %s</td></tr><tr><td>제목 : %s</td></tr><tr><td>보낸 시간 : %s</td></tr>"
            "<tr><td>실패 사유 : %s</td></tr><tr><td>상세 내용 : %s</td></tr>"
            "<tr><td>이 메일은 발신 전용입니다.</td></tr></table></body></html>") % (rcpt, subj, date, reason_ko, tech)
    h = hdrs("%s <MAILER-DAEMON@naver.com>" % mimeword("네이버 메일", "EUC-KR", "B"),
             mimeword("메일 발송 실패 안내", "EUC-KR", "B"), date, "naver.fail.%s@naver.com" % rcpt.split("@")[0],
             to=snd)
    return "\n".join(h) + "\n" + m.part("text/html", html, "base64", "EUC-KR")


add("naver-userunknown-53.eml", "Naver", naver_notice(
    "minji.park@naver.com", "sales@company-example.co.kr", "받는 사람의 메일 주소가 존재하지 않습니다.",
    "550 5.1.1 <sales@company-example.co.kr>: Recipient address rejected: User unknown",
    "2026-11-23 10:15:00", "견적 요청드립니다"),
    [E("5.1.1", "550", "userunknown")])

add("naver-mailboxfull-54.eml", "Naver", naver_notice(
    "jiho.kim@naver.com", "hr@school-example.ac.kr", "받는 사람의 메일함 용량이 가득 찼습니다.",
    "552 5.2.2 <hr@school-example.ac.kr>: Mailbox full (quota exceeded)",
    "2026-11-24 16:40:00", "지원서 제출"),
    [E("5.2.2", "552", "mailboxfull")])


def daum_dsn(snd, rcpt, rhost, reply, status, date, subj):
    """Daum / Kakao mail's own notice: Korean text (EUC-KR base64) and a
    DSN."""
    m = Mime("smtp.daum.net", BODY["ko"])
    text = ("안녕하세요. Daum 메일입니다.\n\n보내신 메일이 다음 받는 사람에게 전달되지 못했습니다.\n\n"
            "받는 사람: %s\n제목: %s\n\n실패 원인: 받는 쪽 메일 서버가 메일을 거부했습니다.\n"
            "서버 응답: %s\n") % (rcpt, subj, reply)
    per = "Reporting-MTA: dns; smtp.daum.net\nArrival-Date: %s" % date
    rr = rec(rcpt, "failed", status, reply, rhost)
    body = m.multipart("report", [m.part("text/plain", text, "base64", "EUC-KR"), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "daum.%s" % rcpt, "headers", frm=snd)],
                       "Daum-DSN-%s" % status.replace(".", ""), params=" report-type=delivery-status;")
    h = hdrs("%s <MAILER-DAEMON@daum.net>" % mimeword("Daum 메일", "EUC-KR", "B"),
             mimeword("[전송 실패] " + subj, "EUC-KR", "B"), date, "daum.%s@daum.net" % status, to=snd)
    return "\n".join(h) + "\n" + body


add("daum-spamdetected-55.eml", "Daum", daum_dsn(
    "yuna.lee@daum.net", "event@shop-example.co.kr", "mx.shop-example.co.kr",
    "554 5.7.1 Message rejected: spam content detected (스팸으로 분류되어 거부되었습니다)", "5.7.1",
    "Wed, 25 Nov 2026 13:00:00 +0900", "이벤트 당첨 안내"),
    [E("5.7.1", "554", "securityerror")])

t, d, r = pfe("dohyun.choi@hanmail.net", "211.231.106.11",
              "421 4.7.0 Too many concurrent SMTP connections from your IP (동시 접속 수 초과)", cmd="MAIL FROM",
              rhost="mx1.hanmail.net")
add("hanmail-toomanyconn-56.eml", "Postfix", pf("de", "mail.example-korea.de", "seoul@example-korea.de",
                                            "dohyun.choi@hanmail.net", "Thu, 19 Nov 2026 05:00:00 +0100",
                                            "4CvVv90Wwz1Xx", "Messe Frankfurt", "UTF-8", "qp",
                                            t, "4.7.0", d, r),
    [E("4.7.0", "421", "toomanyconn")])

# --------------------------------------------------------------------------
# Japanese hosters
# --------------------------------------------------------------------------


def jp_dsn(host, snd, rcpt, line, status, diag, remote, date, subj, dtype="smtp", cs="ISO-2022-JP", enc="jis"):
    """Xserver / Sakura style: a Japanese text part (ISO-2022-JP, 7bit)
    before the English Postfix line, then a DSN and the returned headers."""
    m = Mime("%s (Postfix) with ESMTPA id 4Cx" % host, BODY["ja"], charset="ISO-2022-JP")
    text = ("このメールはシステムから自動送信されています。\n\n"
            "お客様が送信されたメールは、以下の宛先に配送できませんでした。\n"
            "宛先のメールアドレスに誤りがないか、ご確認ください。\n\n"
            "%s\n") % fold("<%s>: %s" % (rcpt, line))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4CxJp01Yyz\nArrival-Date: %s" % (host, date)
    rr = rec(rcpt, "failed", status, diag, remote, dtype=dtype)
    body = m.multipart("report", [m.part("text/plain", text, enc, cs), dsn(per, [rr]),
                                  m.returned(rcpt, hsubj(subj), date, "jp.%s" % rcpt, "headers", frm=snd)],
                       "4CxJp01Yyz.1795765960/%s" % host, params=" report-type=delivery-status;")
    h = hdrs("MAILER-DAEMON@%s (%s)" % (host, mimeword("メール配送システム", "ISO-2022-JP", "B")),
             mimeword("配送エラーのお知らせ", "ISO-2022-JP", "B"), date, "4CxJp01Yyz.%s@%s" % (status, host), to=snd)
    return "\n".join(h) + "\n" + body


def jpword(s):
    return mimeword(s, "ISO-2022-JP", "B")


t, d, r = pfe("tanaka@shoten-example.co.jp", "203.0.113.200",
              "550 5.1.1 <tanaka@shoten-example.co.jp>: Recipient address rejected: User unknown in virtual "
              "mailbox table", rhost="mx.shoten-example.co.jp")
add("xserver-userunknown-57.eml", "Postfix", jp_dsn("sv12345.xserver.jp", "info@kaisha-example.jp",
                                                    "tanaka@shoten-example.co.jp", t, "5.1.1", d, r,
                                                    "Mon, 23 Nov 2026 10:00:00 +0900", jpword("お見積りの件")),
    [E("5.1.1", "550", "userunknown")])

t, d, r = pfe("suzuki@koumuten-example.jp", "203.0.113.201",
              "552 5.2.2 <suzuki@koumuten-example.jp>: Recipient address rejected: Mailbox full",
              rhost="mx.koumuten-example.jp")
add("xserver-mailboxfull-58.eml", "Postfix", jp_dsn("sv20001.xserver.jp", "eigyo@seisakusho-example.jp",
                                                    "suzuki@koumuten-example.jp", t, "5.2.2", d, r,
                                                    "Tue, 24 Nov 2026 15:00:00 +0900", jpword("図面送付")),
    [E("5.2.2", "552", "mailboxfull")])

add("sakura-expired-59.eml", "Postfix", jp_dsn(
    "www9876.sakura.ne.jp", "shop@zakka-example.jp", "order@tonya-example.co.jp",
    "connect to mail.tonya-example.co.jp[203.0.113.77]:25: Connection timed out", "4.4.1",
    "connect to mail.tonya-example.co.jp[203.0.113.77]:25: Connection timed out", None,
    "Wed, 25 Nov 2026 08:00:00 +0900", jpword("発注書"), dtype="X-Postfix", cs="UTF-8", enc="base64"),
    [E("4.4.1", "", "expired")])

t, d, r = pfe("yamada@example-docomo-corp.jp", "203.0.113.90",
              "550 5.7.1 Mail from 198.51.100.8 rejected: SPF check failed (sender domain not authorized)",
              cmd="MAIL FROM", rhost="mx.example-docomo-corp.jp")
add("sakura-authfailure-60.eml", "Postfix", jp_dsn("www1234.sakura.ne.jp", "news@ryokan-example.jp",
                                                   "yamada@example-docomo-corp.jp", t, "5.7.1", d, r,
                                                   "Thu, 26 Nov 2026 17:00:00 +0900", jpword("ご予約確認")),
    [E("5.7.1", "550", "authfailure")])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_set(out, SETS)
