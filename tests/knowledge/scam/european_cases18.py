"""Written cases for round 18's European readings (issue 15): regression tests, not a quality
figure. Written by the developer, in his own words, from the moves public advisories in these
languages describe: the CTT's and Portugal's tax authority's warnings on "encomenda retida na
alfândega" SMS asking a small "taxa de desalfandegamento" through a link (gov.mo, Polígrafo,
JM Madeira 2024); Česká pošta's warnings on SMS asking a few crowns ("doplatek", "clo") through
a payment link (ČT24 2022, iPrima); PostNord's and Posten's warnings on "betal fragt / porto /
told" SMS (B.T. 2018-2024, Fjordabladet 2019: "PostNord only links to postnord.com when VAT or
duty is really due"); Magyar Posta's and the Hungarian police's warnings on "vámkezelési díj"
messages and fines to pay within 48 hours through a link (penzcentrum.hu 2026, baon.hu 2025);
and the bank, utility and carrier "confirm / update your details or the account is blocked"
phishing the covered languages' advisories describe. None is copied from the development data.
Each move has scams and honest twins in the same language.
"""

from __future__ import annotations

# (language, move) -> scams written in that language
SCAMS: dict[tuple[str, str], list[str]] = {
    ("Portuguese", "fee"): [
        "CTT: a sua encomenda ficou retida na alfândega. Pague a taxa de 1,89 EUR em "
        "ctt-entregas-pt.com para a libertar.",
        "Correios: o seu pacote aguarda pagamento de taxas de importação de R$ 14,90. Pague "
        "agora em https://rastreio-correios.site/pagar",
    ],
    ("Portuguese", "parcel"): [
        "A sua encomenda está retida no centro de distribuição. Atualize os dados de entrega "
        "em 24 horas ou será devolvida ao remetente.",
        "Não foi possível entregar o seu envio por falta de morada. Confirme a morada e "
        "pague 0,99 EUR para nova entrega.",
    ],
    ("Portuguese", "opener"): [
        "Olá Rita, está no escritório? Preciso da sua ajuda para uma tarefa confidencial. "
        "Não comente com ninguém por agora.",
        "Estou em uma reunião e não posso falar. Preciso que você faça uma tarefa rápida o "
        "mais rápido possível, responda só por e-mail.",
    ],
    ("Portuguese", "wire"): [
        "Paulo, preciso que você faça uma transferência hoje para um fornecedor novo. É "
        "confidencial, não fale com ninguém até fecharmos.",
        "Estou numa reunião, por favor transfira urgentemente 18 400 euros ao fornecedor. "
        "Envio os dados bancários a seguir.",
    ],
    ("Portuguese", "gift"): [
        "Preciso que compres quatro cartões de presente Google Play de 100 euros. Depois "
        "raspa e envia-me os códigos por aqui.",
        "Compre cartões presente da Apple para os clientes e me envie os códigos das "
        "cartas numa foto, é urgente.",
    ],
    ("Czech", "fee"): [
        "Česká pošta: Vaše zásilka čeká na doplatek 39 Kč. Zaplaťte zde: "
        "https://posta-cz-doruceni.top",
        "Na vaši zásilku se vztahuje clo ve výši 79,50 Kč. Uhraďte poplatek přes odkaz "
        "cpost-platba.com, jinak bude vrácena.",
    ],
    ("Slovak", "fee"): [
        "Slovenská pošta: Váš balík čaká na zaplatenie poplatku 1,20 EUR. Zaplaťte cez "
        "odkaz posta-sk-zasielky.info",
        "Vaša zásielka je zadržaná, colný poplatok 2,99 € je potrebné uhradiť na "
        "www.sk-balik-dorucenie.com",
    ],
    ("Danish", "fee"): [
        "PostNord: Din pakke venter. Betal fragt på 12 kr. her: postnord-dk-levering.com",
        "Din forsendelse er tilbageholdt i tolden. Betal et gebyr på 19,00 DKK inden 24 timer "
        "på https://told-pakke.site",
    ],
    ("Norwegian", "fee"): [
        "Posten: Pakken din kan ikke leveres før porto på 25 kr er betalt. Betal her: "
        "posten-no-betaling.com",
        "Din pakke er holdt tilbake i tollen. Betal tollgebyr på 39 NOK via lenken: "
        "www.toll-pakke-no.top",
    ],
    ("Swedish", "fee"): [
        "PostNord: Ditt paket väntar på betalning av tullavgift 29 kr. Betala här: "
        "postnord-se-tull.com",
        "Din försändelse har hållits kvar. Betala en avgift på 15 SEK inom 24 timmar via "
        "https://paket-leverans.site",
    ],
    ("Hungarian", "fee"): [
        "Magyar Posta: csomagja vámkezelés alatt áll. Fizesse be a 690 Ft vámkezelési díjat "
        "itt: posta-hu-csomag.top",
        "A küldeménye nem kézbesíthető, fizessen 1 290 Ft díjat a linken: "
        "https://csomag-kezbesites.online",
    ],
    ("Italian", "parcel"): [
        "Il tuo pacco è stato trattenuto al centro di smistamento. Aggiorna l'indirizzo entro "
        "24 ore: https://poste-consegne.info",
        "Non siamo riusciti a consegnare il tuo pacco. Paga 1,49 € per una nuova consegna su "
        "www.sda-riconsegna.top",
    ],
    ("German", "opener"): [
        "Wir bereiten eine Übernahme vor. Ich möchte Ihnen die Verantwortung für dieses "
        "Projekt übertragen; es ist streng vertraulich. Bitte kontaktieren Sie mich weder "
        "persönlich noch telefonisch, nur per Mail.",
        "Ich habe ein vertrauliches Projekt für Sie. Rufen Sie mich bitte nicht an, ich bin "
        "nur per Mail erreichbar.",
    ],
    ("French", "opener"): [
        "Je souhaite vous confier un dossier strictement confidentiel. Ne m'appelez pas, "
        "nous échangerons uniquement par mail.",
    ],
    ("Spanish", "opener"): [
        "Hola, ¿podrías hacerme un encargo antes de que entre a una reunión? Mándame tu "
        "número de móvil y te escribo por WhatsApp.",
    ],
    ("French", "account"): [
        "EDF : votre prélèvement a été rejeté. Mettez à jour vos coordonnées bancaires sous "
        "48h sur edf-client-regul.com, sinon votre contrat sera suspendu.",
        "Votre compte bancaire est suspendu. Confirmez vos informations via ce lien avant "
        "ce soir : https://secure-banque-fr.online",
    ],
    ("German", "account"): [
        "Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden "
        "unter https://sparkasse-sicherheit.info",
        "Sehr geehrter Kunde, aktualisieren Sie Ihre Kontodaten über den folgenden Link, "
        "sonst wird Ihr Zugang eingeschränkt: www.amazon-konto-pruefung.com",
    ],
    ("Spanish", "account"): [
        "Su cuenta ha sido bloqueada por seguridad. Actualice sus datos en el siguiente "
        "enlace en 24 horas: https://bbva-verificacion.site",
        "Estimado cliente, verifique sus datos bancarios hoy o su tarjeta será desactivada. "
        "Pulse aquí: www.caixa-clientes.online",
    ],
    ("Italian", "account"): [
        "Il tuo conto è stato sospeso. Aggiorna i tuoi dati entro 24 ore tramite il link: "
        "https://poste-verifica.info",
        "Gentile cliente, conferma i tuoi dati cliccando qui, altrimenti la carta verrà "
        "bloccata: www.intesa-sicurezza.top",
    ],
    ("Dutch", "account"): [
        "Uw rekening is geblokkeerd. Werk uw gegevens binnen 24 uur bij via "
        "https://ing-verificatie.site",
        "Beste klant, bevestig uw gegevens via de link, anders wordt uw pas gedeactiveerd: "
        "www.rabo-beveiliging.com",
    ],
    ("Polish", "account"): [
        "Twoje konto zostało zablokowane. Potwierdź dane w ciągu 24 godzin: "
        "https://pko-weryfikacja.online",
        "Allegro: zaktualizuj swoje dane przez link, inaczej konto zostanie zawieszone: "
        "www.allegro-klient.top",
    ],
}

# (language, move) -> honest twins in the same language
HONEST: dict[tuple[str, str], list[str]] = {
    ("Portuguese", "fee"): [
        "CTT: a encomenda n.º RR123456789PT está sujeita a IVA de importação de 4,60 EUR. "
        "Pode pagar até 20.12 na área de cliente em ctt.pt ou na loja.",
        "Lembrete: os CTT nunca pedem taxas por SMS com link. Se receber uma mensagem "
        "destas, apague-a.",
    ],
    ("Portuguese", "opener"): [
        "Olá Rita, está no escritório amanhã? Preciso da sua ajuda para receber as amostras "
        "do fornecedor às 10h.",
    ],
    ("Portuguese", "account"): [
        "Informamos que o nosso IBAN muda a partir de 1 de janeiro; o novo número constará "
        "da próxima fatura e pode confirmá-lo por telefone com o seu contacto habitual.",
    ],
    ("Czech", "fee"): [
        "Zásilka č. 12345678 podléhá DPH 245 Kč. Uhradit ji můžete do 14.12. v aplikaci "
        "Pošta Online nebo na pobočce.",
        "Česká pošta varuje: nikdy neplaťte doplatek přes odkaz v SMS, jde o podvod.",
    ],
    ("Slovak", "fee"): [
        "Zásielka číslo 99887766 je pripravená na vyzdvihnutie na pošte do 18.12.",
    ],
    ("Danish", "fee"): [
        "PostNord: Forsendelse nummer 00370712345 kræver moms 58 kr. Betal senest 15.12 i "
        "PostNord-appen eller på postnord.dk.",
        "Politiet advarer: svindlere sender sms om pakker og gebyrer. Klik aldrig på linket.",
    ],
    ("Swedish", "fee"): [
        "Ditt paket nummer 44556677 finns att hämta hos ombudet till och med 20/12.",
    ],
    ("Hungarian", "fee"): [
        "A rendőrség figyelmeztet: a posta soha nem kér vámkezelési díjat SMS-ben küldött "
        "linken keresztül.",
    ],
    ("Italian", "parcel"): [
        "Il pacco non è stato consegnato perché eri assente: lo trovi all'ufficio postale "
        "con l'avviso n. 4455667 fino al 12/12.",
        "Il tuo pacco è stato trattenuto in dogana per un controllo: non devi fare nulla, ti "
        "avviseremo noi.",
    ],
    ("German", "opener"): [
        "Ich bin ab morgen im Urlaub, bitte rufen Sie mich nicht an. Das Projekt übernimmt "
        "Frau Brandt, die Unterlagen liegen im Ordner.",
        "Die Preisliste ist vertraulich. Rufen Sie mich bitte nicht an, ich melde mich nach "
        "der Messe.",
    ],
    ("Spanish", "opener"): [
        "Hola, ¿me mandas tu número de móvil? Así te aviso cuando llegue el camión a la "
        "reunión de mañana.",
    ],
    ("French", "account"): [
        "Votre banque ne vous demandera jamais de confirmer vos coordonnées par un lien reçu "
        "par SMS.",
        "Votre facture EDF n° 40012345 est disponible dans votre espace client ; elle sera "
        "prélevée le 15/12.",
    ],
    ("German", "account"): [
        "Ihre neue Karte ist unterwegs. Sie können Ihre Adresse jederzeit in der App unter "
        "Einstellungen ändern.",
        "Achtung: Wir fragen niemals per E-Mail nach Ihren Zugangsdaten oder einer "
        "Bestätigung Ihres Kontos.",
    ],
    ("Spanish", "account"): [
        "Le recordamos que puede actualizar sus datos de contacto cuando quiera desde la app "
        "de su banco.",
    ],
    ("Italian", "account"): [
        "Gentile cliente, la sua nuova carta arriverà per posta entro dieci giorni; non "
        "occorre fare nulla.",
    ],
    ("Dutch", "account"): [
        "Uw bank vraagt u nooit om uw gegevens te bevestigen via een link in een sms.",
    ],
    ("Polish", "account"): [
        "Przypominamy: bank nigdy nie prosi o potwierdzenie danych przez link w SMS-ie.",
    ],
}
