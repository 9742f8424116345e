"""Written cases for round 17's European readings (issue 15): regression tests, not a quality
figure. Written by the developer from the moves public advisories in these languages describe
(the fake-president pattern as French insurers and Euler Hermes describe it: a confidential
operation, the boss away, flattery and a task; Watchlist Internet's "ich brauche deine Hilfe
bei einer kleinen Aufgabe" gift-card mails and a Kaiserslautern police report of a "Chef"
asking for Apple card codes; InPost's, Poczta Polska's and CERT Polska's warnings on parcel
SMS asking for a small "dopłata" or for the address to be confirmed within 24 hours; Norway's
police and SpareBank 1 on invoices with a new account number: always check by phone). None is
copied from the development data. Each move has scams and honest twins in the same language.
"""

from __future__ import annotations

# (language, move) -> scams written in that language
SCAMS: dict[tuple[str, str], list[str]] = {
    ("French", "opener"): [
        "Bonjour Julie, êtes-vous à votre bureau ? J'ai une mission confidentielle à vous "
        "confier, n'en parlez à personne pour l'instant.",
        "Thomas, je suis en réunion et injoignable par téléphone. J'ai besoin de vous pour "
        "une affaire très discrète. Répondez-moi par mail uniquement.",
    ],
    ("German", "opener"): [
        "Hallo Herr Kern, sind Sie gerade am Platz? Ich brauche Ihre Hilfe bei einer "
        "vertraulichen Angelegenheit. Bitte sprechen Sie mit niemandem darüber.",
        "Ich sitze in einer Besprechung und kann nicht telefonieren. Ich habe eine kleine "
        "Aufgabe für dich, die diskret bleiben muss. Antworte mir nur per Mail.",
    ],
    ("Spanish", "opener"): [
        "Hola Lucía, ¿estás en la oficina? Necesito tu ayuda con un asunto confidencial. "
        "No lo comentes con nadie de momento.",
        "Estoy en una reunión y no puedo hablar. Tengo un encargo discreto para usted, "
        "contésteme solo por correo.",
    ],
    ("Italian", "opener"): [
        "Ciao Marco, sei in ufficio? Ho bisogno di te per una questione riservata, non "
        "parlarne con nessuno.",
        "Sono in riunione e non posso parlare al telefono. Ho un compito delicato e "
        "confidenziale per lei, mi risponda solo per email.",
    ],
    ("Dutch", "opener"): [
        "Hoi Eva, ben je op kantoor? Ik heb je hulp nodig bij een vertrouwelijke kwestie. "
        "Bespreek het nog met niemand.",
        "Ik zit in een vergadering en kan niet bellen. Ik heb een klusje voor u dat "
        "discreet moet blijven, antwoord alleen per mail.",
    ],
    ("Polish", "opener"): [
        "Dzień dobry Pani Anno, czy jest Pani w biurze? Potrzebuję Pani pomocy w poufnej "
        "sprawie, proszę nikomu o tym nie mówić.",
        "Jestem na spotkaniu i nie mogę rozmawiać. Mam dla ciebie zadanie, sprawa jest "
        "poufna. Odpisz tylko mailem.",
    ],
    ("French", "parcel"): [
        "Votre colis est bloqué en douane. Réglez 1,99 EUR de frais sous 24 heures, sinon "
        "il sera renvoyé à l'expéditeur.",
        "Colissimo : votre colis n'a pas pu être livré, adresse incomplète. Confirmez vos "
        "informations dans les 24 heures sur colis-suivi-fr.info",
    ],
    ("German", "parcel"): [
        "Ihr Paket wurde vom Zoll zurückgehalten. Zahlen Sie 2,15 EUR Einfuhrabgabe "
        "innerhalb von 48 Stunden, sonst geht es an den Absender zurück.",
        "DHL: Ihre Sendung konnte nicht zugestellt werden. Bestätigen Sie Ihre Adresse "
        "innerhalb von 24 Stunden unter paket-zustellung-de.top",
    ],
    ("Spanish", "parcel"): [
        "Su paquete está retenido en aduanas. Abone 1,79 EUR en 24 horas o será devuelto "
        "al remitente.",
        "Correos: no pudimos entregar su envío por una dirección incorrecta. Confirme sus "
        "datos en 24 horas en correos-entrega.site",
    ],
    ("Italian", "parcel"): [
        "Il tuo pacco è bloccato in dogana. Paga 1,50 EUR di spese entro 24 ore, altrimenti "
        "sarà restituito al mittente.",
        "Poste: la spedizione non è stata consegnata per indirizzo errato. Conferma i tuoi "
        "dati entro 24 ore su poste-consegna.online",
    ],
    ("Dutch", "parcel"): [
        "Uw pakket wordt vastgehouden door de douane. Betaal 1,95 EUR inklaringskosten "
        "binnen 24 uur, anders gaat het terug naar de afzender.",
        "PostNL: we konden uw pakket niet bezorgen, het adres is onvolledig. Bevestig uw "
        "gegevens binnen 24 uur via postnl-bezorging.info",
    ],
    ("Polish", "parcel"): [
        "InPost: Twoja paczka została wstrzymana. Dopłać 2,99 zł, aby ją odebrać.",
        "Poczta Polska: przesyłka nie może zostać doręczona z powodu błędnego adresu. "
        "Potwierdź dane w ciągu 24 godzin, inaczej paczka wróci do nadawcy.",
        "DPD: paczka czeka na dopłatę 1,20 zł. Ureguluj należność w ciągu 12 godzin.",
    ],
    ("French", "gift"): [
        "J'ai besoin de vous pour une petite tâche : achetez 5 cartes Google Play de 100 "
        "euros et envoyez-moi une photo des codes au dos.",
        "Peux-tu passer au tabac prendre des recharges Transcash ? Transmets-moi les codes "
        "dès que possible, c'est pour un client.",
    ],
    ("German", "gift"): [
        "Ich brauche deine Hilfe bei einer kleinen Aufgabe: Kauf bitte vier Apple-Karten zu "
        "je 100 Euro und schick mir ein Foto der Codes.",
        "Besorgen Sie bitte Google-Play-Karten im Wert von 500 Euro und senden Sie mir die "
        "Codes, es ist für ein Kundengeschenk.",
    ],
    ("Italian", "gift"): [
        "Mi serve un favore: compra quattro buoni regalo Amazon da 100 euro e mandami le "
        "foto dei codici.",
        "Puoi prendere delle carte Google Play da 50 euro? Inviami i codici appena puoi, "
        "servono per un cliente.",
    ],
    ("Dutch", "gift"): [
        "Ik heb een klusje: koop vijf cadeaubonnen van 100 euro en stuur me een foto van de "
        "codes.",
        "Kun je Google Play-kaarten halen voor 300 euro? Stuur mij daarna de codes, het is "
        "voor een relatie.",
    ],
    ("French", "fee"): [
        "Votre colis est en attente de livraison : les frais de dédouanement sont à régler "
        "par coupon PCS, toute importation d'une valeur supérieure à 150 EUR étant taxable.",
    ],
    ("Dutch", "fee"): [
        "Je pakket komt uit het buitenland. Betaal eerst de inklaringskosten via "
        "pakket-inklaren.info, daarna bezorgen wij het.",
    ],
    ("French", "notice"): [
        "Facture n° 2024-1187 impayée : dernière relance. Réglez aujourd'hui via "
        "https://paiement-facture.top sinon votre dossier part au contentieux.",
        "Votre colis n° FR8841220 est bloqué en douane : payez 2,49 EUR aujourd'hui sur "
        "https://douane-colis.info sinon il sera détruit.",
    ],
    ("German", "notice"): [
        "Rechnung Nr. 88412 ist noch offen. Letzte Mahnung: zahlen Sie heute unter "
        "https://rechnung-zahlen.top, sonst geht die Forderung an das Inkasso.",
        "Sendung 00340434 beim Zoll: zahlen Sie heute 1,89 EUR unter https://zoll-paket.xyz, "
        "sonst wird sie vernichtet.",
    ],
    ("Italian", "notice"): [
        "Fattura n. 7731 scaduta: ultimo sollecito. Paga oggi stesso su "
        "https://fatture-pagamento.top o procederemo per vie legali.",
        "Spedizione n. IT55120 ferma in dogana: paga oggi 1,99 EUR su "
        "https://dogana-pacchi.info o sarà distrutta.",
    ],
    ("Dutch", "notice"): [
        "Factuur 2024-552 staat nog open. Laatste aanmaning: betaal vandaag via "
        "https://factuur-betalen.top, anders volgt de deurwaarder.",
        "Zending 3SXYZ123 bij de douane: betaal vandaag 1,95 EUR via "
        "https://douane-zending.info of het pakket wordt vernietigd.",
    ],
    ("French", "account"): [
        "Nos coordonnées bancaires ont changé suite à un audit. Merci de régler aujourd'hui "
        "la facture en attente sur notre nouveau RIB ci-dessous, en toute confidentialité.",
    ],
    ("German", "account"): [
        "Unsere Bankverbindung hat sich geändert. Bitte überweisen Sie die offene Rechnung "
        "noch heute auf das neue Konto unten. Bitte rufen Sie nicht an.",
    ],
    ("Italian", "account"): [
        "Il nostro IBAN è cambiato: vi preghiamo di pagare oggi stesso la fattura in "
        "sospeso sul nuovo conto qui sotto. La questione è riservata.",
    ],
    ("Dutch", "account"): [
        "Ons rekeningnummer is gewijzigd. Betaal de openstaande factuur vandaag nog op het "
        "nieuwe rekeningnummer hieronder, bel ons hier niet over.",
    ],
    ("Polish", "account"): [
        "Zmieniliśmy numer konta. Prosimy pilnie zapłacić zaległą fakturę na nowe konto "
        "podane poniżej, sprawa jest poufna.",
    ],
    ("Norwegian", "account"): [
        "Vi har fått nytt kontonummer. Betal den utestående fakturaen i dag til den nye "
        "kontoen under, og ikke ring oss om dette.",
    ],
}

# (language, move) -> honest twins in that language
HONEST: dict[tuple[str, str], list[str]] = {
    ("French", "opener"): [
        "Bonjour Julie, êtes-vous à votre bureau cet après-midi ? Je passe déposer les "
        "échantillons du fournisseur vers 15 h.",
        "Je suis en réunion jusqu'à midi. Le rapport de l'audit qualité est confidentiel : "
        "merci de le ranger dans le dossier partagé habituel.",
    ],
    ("German", "opener"): [
        "Hallo Herr Kern, sind Sie morgen am Platz? Dann bringe ich Ihnen die Muster aus "
        "Ningbo vorbei.",
        "Ich sitze bis 12 Uhr in einer Besprechung. Die vertrauliche Preisliste liegt im "
        "Teamordner, bitte nicht an Kunden weitergeben.",
    ],
    ("Spanish", "opener"): [
        "Hola Lucía, ¿estás en la oficina mañana? Te llevo las muestras del proveedor.",
        "Estoy en una reunión hasta las doce. El informe de auditoría es confidencial, "
        "guárdalo en la carpeta del equipo.",
    ],
    ("Italian", "opener"): [
        "Ciao Marco, sei in ufficio domani? Ti porto i campioni del fornitore.",
        "Sono in riunione fino alle 12. Il listino riservato è nella cartella condivisa, "
        "non inviarlo ai clienti.",
    ],
    ("Dutch", "opener"): [
        "Hoi Eva, ben je morgen op kantoor? Dan neem ik de stalen van de leverancier mee.",
        "Ik zit tot 12 uur in een vergadering. De vertrouwelijke prijslijst staat in de "
        "teammap, niet doorsturen naar klanten.",
    ],
    ("Polish", "opener"): [
        "Dzień dobry Pani Anno, czy jest Pani jutro w biurze? Przyniosę próbki od dostawcy.",
        "Jestem na spotkaniu do południa. Poufny cennik jest w folderze zespołu, proszę nie "
        "wysyłać go klientom.",
    ],
    ("French", "parcel"): [
        "Colissimo : votre colis 6A12345678901 n'a pas pu être livré. Il vous attend au "
        "bureau de poste de la rue Nationale jusqu'au 14 décembre.",
        "Notre transitaire a réglé les droits de douane de 1 240,50 EUR pour le conteneur "
        "MSCU1234567 ; la facture suit.",
    ],
    ("German", "parcel"): [
        "DHL: Ihre Sendung 00340434161094042557 konnte nicht zugestellt werden und liegt "
        "bis zum 14.12. in der Filiale Hauptstraße 5 zur Abholung bereit.",
        "Der Zoll hat die Sendung freigegeben, die Einfuhrumsatzsteuer von 312,40 EUR hat "
        "die Spedition verauslagt.",
    ],
    ("Spanish", "parcel"): [
        "Correos: su envío PQ4B6P0712345 está disponible en la oficina de la calle Mayor "
        "hasta el 14 de diciembre.",
        "La agencia de aduanas ha pagado los aranceles de 980,20 EUR del contenedor; le "
        "enviaremos la factura.",
    ],
    ("Italian", "parcel"): [
        "Poste: la spedizione 1234567890 è in giacenza presso l'ufficio postale di via Roma "
        "fino al 14 dicembre.",
        "Lo spedizioniere ha pagato i dazi di 1.150,00 EUR per il container; la fattura segue.",
    ],
    ("Dutch", "parcel"): [
        "PostNL: we konden je pakket 3SABCD1234567 niet bezorgen. Het ligt tot 14 december "
        "klaar bij het afhaalpunt aan de Dorpsstraat.",
        "De expediteur heeft de invoerrechten van 870,00 EUR betaald; de factuur volgt.",
    ],
    ("Polish", "parcel"): [
        "InPost: Twoja paczka czeka w Paczkomacie KRA01M do 14.12. Kod odbioru: 482913.",
        "Poczta Polska: przesyłka 00259007738912345678 czeka na odbiór w placówce przy ul. "
        "Długiej do 14 grudnia.",
    ],
    ("French", "gift"): [
        "Nos cartes cadeaux sont en vente en magasin ; le code figure au dos de chaque carte.",
        "Pour le départ de Claire, chacun peut participer à la carte cadeau commune à "
        "l'accueil jusqu'à vendredi.",
    ],
    ("German", "gift"): [
        "Unsere Geschenkkarten erhalten Sie an jeder Kasse; den Code finden Sie auf der "
        "Rückseite.",
        "Für das Teamfest haben wir Gutscheine gekauft, die Liste der Gewinner hängt in der "
        "Kantine.",
    ],
    ("Italian", "gift"): [
        "I nostri buoni regalo si acquistano in negozio; il codice è sul retro della carta.",
        "Per il compleanno di Sara raccogliamo la quota per un buono regalo entro venerdì.",
    ],
    ("Dutch", "gift"): [
        "Onze cadeaubonnen zijn te koop aan de kassa; de code staat op de achterkant.",
        "Voor het afscheid van Piet kopen we samen een cadeaubon, bijdragen kan tot vrijdag.",
    ],
    ("French", "notice"): [
        "Rappel : la facture n° 2024-1187 du 3 novembre (420,00 EUR) est impayée, échéance "
        "le 20 décembre. Vous pouvez la régler en ligne sur https://portail.fournisseur.fr ; "
        "sans paiement, le dossier sera transmis au service contentieux en janvier.",
        "Avis de douane n° 2024-77812 : les droits et la TVA de 38,40 EUR de votre colis "
        "sont à régler avant le 18 décembre sur https://www.laposte.fr/paiement-douane.",
    ],
    ("German", "notice"): [
        "Zahlungserinnerung: Rechnung Nr. 88412 vom 3.11. über 240,00 EUR ist noch offen, "
        "fällig am 15.12. Bezahlen Sie bequem über https://kunden.stadtwerke-x.de ; danach "
        "müssen wir leider ein Inkassoverfahren einleiten.",
        "Für Ihre Sendung 00340434161094042557 fallen Einfuhrabgaben von 19,80 EUR an. Bitte "
        "zahlen Sie bis zum 18.12. unter https://www.dhl.de/zoll.",
    ],
    ("Italian", "notice"): [
        "Sollecito: la fattura n. 7731 del 3 novembre (180,00 EUR) risulta scaduta, "
        "scadenza 20 dicembre. Può pagare su https://clienti.fornitore.it ; in mancanza "
        "affideremo la pratica al recupero del credito.",
        "Spedizione 1234567890: IVA e dazi di 24,60 EUR da pagare entro il 18 dicembre "
        "sul portale https://www.dhl.it/pagamenti.",
    ],
    ("Dutch", "notice"): [
        "Herinnering: factuur 2024-552 van de tennisvereniging (contributie 95,00 EUR) "
        "staat nog open, uiterlijk 20 december betalen via de iDEAL-link "
        "https://club.example.nl/betalen. Daarna volgt schorsing.",
        "Zending 3SABCD1234567: de inklaringskosten van 21,50 EUR kun je tot 18 december "
        "betalen via https://www.postnl.nl/inklaring.",
    ],
    ("French", "account"): [
        "Notre société change de banque au 1er janvier. Notre nouveau RIB figurera sur vos "
        "prochaines factures et dans le courrier signé de notre directeur financier ; vous "
        "pouvez le confirmer par téléphone auprès de votre contact habituel.",
    ],
    ("German", "account"): [
        "Ab dem 1. Januar haben wir eine neue Bankverbindung. Sie steht auf Ihrer nächsten "
        "Rechnung und im unterschriebenen Schreiben, das Sie per Post erhalten; bestätigen "
        "Sie sie gern telefonisch bei Ihrem Ansprechpartner.",
    ],
    ("Italian", "account"): [
        "Dal 1° gennaio il nostro IBAN cambia. Il nuovo conto sarà indicato sulle prossime "
        "fatture e nella lettera firmata che riceverete per posta; potete confermarlo "
        "telefonicamente con il vostro referente.",
    ],
    ("Dutch", "account"): [
        "Vanaf 1 januari hebben wij een nieuw rekeningnummer. Het staat op uw volgende "
        "factuur en in de ondertekende brief die u per post ontvangt; bevestig het gerust "
        "telefonisch bij uw vaste contactpersoon.",
    ],
    ("Polish", "account"): [
        "Od dnia 1 stycznia zmienia się nasz numer konta. Nowy numer znajdą Państwo na "
        "kolejnej fakturze oraz w podpisanym piśmie przesłanym pocztą; można go potwierdzić "
        "telefonicznie u opiekuna klienta.",
    ],
    ("Norwegian", "account"): [
        "Vi har fått nytt kontonummer fra 1. januar. Det vil stå tydelig på fakturaene, og "
        "dere kan bekrefte det ved å ringe regnskapsavdelingen på nummeret dere kjenner.",
        "Nytt kontonummer for innbetaling av fakturaer fremgår av neste faktura fra kommunen. "
        "Kunder med AvtaleGiro trenger ikke gjøre noe.",
    ],
}
