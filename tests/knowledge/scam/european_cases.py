"""Written cases for the European readings (issue 15, round 16): regression tests, not a
quality figure. Each scam was written by the developer from the moves public advisories
describe (cybermalveillance.gouv.fr's faux ordres de virement page as quoted by Maires de
France, the German customs offices' 2023 fake-fee SMS warnings, INCIBE and HelpMyCash on the
fake-boss gift-card request); none is copied from the development data."""

from __future__ import annotations

# (language, move) -> scams written in that language
SCAMS: dict[tuple[str, str], list[str]] = {
    ("French", "wire"): [
        "Bonjour Claire, j'ai besoin que vous effectuiez un virement aujourd'hui même pour une "
        "acquisition en cours. L'opération est strictement confidentielle, n'en parlez à "
        "personne. Je vous transmets les coordonnées bancaires.",
        "Marc, c'est le président. Il faut que tu fasses un virement urgent de 48 000 euros "
        "avant midi. Restez discret, je vous expliquerai plus tard.",
    ],
    ("German", "wire"): [
        "Hallo Frau Weber, ich brauche Ihre Hilfe: Sie müssen heute noch eine Überweisung "
        "ausführen. Die Sache ist streng vertraulich, sprechen Sie mit niemandem darüber.",
        "Ich möchte, dass du sofort eine Überweisung machst. Ich schicke dir gleich die "
        "Bankverbindung. Gruß, der Geschäftsführer",
    ],
    ("Spanish", "wire"): [
        "Hola Ana, necesito que hagas una transferencia urgente hoy mismo. Es un asunto "
        "confidencial de la dirección, no lo comentes con nadie.",
        "Soy el director general. Quiero que realices una transferencia inmediata a un "
        "proveedor nuevo; te envío los datos bancarios ahora.",
    ],
    ("Italian", "wire"): [
        "Buongiorno Paolo, ho bisogno che tu faccia un bonifico urgente entro oggi. La "
        "questione è riservata, non parlarne con nessuno in ufficio.",
        "Sono il direttore: voglio che esegua subito un bonifico per un'acquisizione "
        "riservata. Le mando le coordinate bancarie tra poco.",
    ],
    ("Dutch", "wire"): [
        "Hoi Sanne, ik wil dat je vandaag nog een overboeking doet. Het is vertrouwelijk, "
        "bespreek het met niemand.",
        "Ik ben de directeur. Kun je met spoed een overboeking regelen? Ik stuur je zo het "
        "rekeningnummer.",
    ],
    ("Polish", "wire"): [
        "Dzień dobry, potrzebuję, żeby Pani zrobiła dziś pilny przelew. Sprawa jest poufna, "
        "proszę nikomu o tym nie mówić.",
        "Tu prezes. Czy możesz natychmiast wykonać przelew? Zaraz prześlę numer konta.",
    ],
    ("French", "gift"): [
        "Es-tu disponible ? Passe au tabac acheter quatre coupons PCS de 100 euros et "
        "envoie-moi les codes en photo, c'est pour un client.",
        "Je suis en réunion. Achète des cartes cadeaux Google Play et envoyez-moi les codes "
        "au dos dès que possible.",
    ],
    ("German", "gift"): [
        "Bist du gerade im Büro? Kauf bitte fünf Google-Play-Karten zu je 100 Euro und schick "
        "mir die Codes als Foto.",
        "Ich sitze im Meeting. Besorge Amazon-Gutscheine und sende mir die Codes per Whatsapp.",
    ],
    ("Spanish", "gift"): [
        "Estoy en una reunión. Compra tres tarjetas regalo de Amazon y mándame los códigos "
        "por aquí.",
        "Necesito un favor rápido: ve a una tienda, compra tarjetas de prepago de iTunes y "
        "envíame una foto de los códigos.",
    ],
    ("Italian", "gift"): [
        "Sono in riunione, compra quattro carte regalo Amazon da 100 euro e inviami i codici "
        "appena puoi.",
        "Mi serve un favore: acquista delle ricariche Paysafecard e mandami i codici PIN.",
    ],
    ("Dutch", "gift"): [
        "Ik zit in een vergadering. Koop vijf cadeaukaarten van Google Play en stuur me de codes.",
        "Kun je snel iTunes-kaarten kopen? Stuur mij daarna een foto van de codes.",
    ],
    ("Polish", "gift"): [
        "Jestem na spotkaniu. Kup proszę karty podarunkowe Google Play i wyślij mi kody.",
        "Potrzebuję przysługi: kup doładowania Paysafecard i prześlij mi kody PIN.",
    ],
    ("French", "fee"): [
        "Votre colis expédié le 3 mai est bloqué en douane : achetez un code Paysafecard de "
        "30 € et envoyez le code PIN pour régler les frais.",
        "Votre colis est retenu en douane. Réglez les frais de 2,99 € pour la livraison "
        "ici : https://suivi-colis-fr.info",
        "La Poste : votre envoi attend le paiement de la taxe de douane (1,45 EUR). Cliquez "
        "sur le lien pour reprogrammer la livraison.",
    ],
    ("German", "fee"): [
        "Ihr Paket ist beim Zoll gesperrt. Zollgebühr 1,99 Euro. Bitte besuchen Sie "
        "paket-zoll punkt de.",
        "Ihr Paket liegt beim Zoll. Bitte zahlen Sie die Zollgebühr von 3,20 EUR unter "
        "folgendem Link: http://zoll-paket-de.top",
        "DHL: Ihre Sendung kann erst nach Zahlung der Gebühren (1,99 €) zugestellt werden. "
        "Klicken Sie hier.",
    ],
    ("Spanish", "fee"): [
        "Correos: su paquete está retenido en aduana. Abone las tasas de 1,79 € en el "
        "siguiente enlace: https://correos-envio.app",
        "Su envío tiene gastos de aduana pendientes (2,50 EUR). Pulse aquí para pagar.",
    ],
    ("Italian", "fee"): [
        "Il tuo pacco è fermo in dogana. Paga le spese di 1,99 € al link: "
        "http://poste-spedizione.it.top",
        "La spedizione è in attesa del pagamento dei dazi (2,30 euro). Clicca qui.",
    ],
    ("Dutch", "fee"): [
        "Uw pakket ligt bij de douane. Betaal de invoerkosten van € 1,95 via deze link: "
        "https://postnl-pakket.info",
        "Uw zending wacht op betaling van de kosten (2,99 EUR). Klik hier om te betalen.",
    ],
    ("Polish", "fee"): [
        "Twoja paczka czeka na odprawę celną. Opłać cło 4,99 zł przez link: "
        "https://poczta-paczka.pl.co",
        "Przesyłka wstrzymana: dopłata 2,50 zł. Kliknij tutaj, aby opłacić dostawę.",
    ],
    ("French", "reminder"): [
        "Facture impayée n° 88412. Sans règlement sous 48 heures, le dossier sera transmis "
        "à notre huissier. Réglez maintenant en cliquant ici.",
        "Dernière relance avant mise en demeure : votre facture est en retard. Téléchargez "
        "le détail : facture_88412.zip",
    ],
    ("German", "reminder"): [
        "Die offene Forderung unseres Mandanten ist weiterhin unbeglichen. Ohne Zahlung binnen "
        "3 Tagen folgt das gerichtliche Verfahren. Aufstellung: Forderung_2291.zip",
        "Mahnung: Ihre Rechnung ist noch offen. Dies ist Ihre letzte Chance, bevor wir ein "
        "Inkassobüro beauftragen. Details im Anhang Rechnung_2291.zip",
        "Zahlungserinnerung – bei Nichtzahlung innerhalb von 3 Tagen leiten wir ein "
        "gerichtliches Mahnverfahren ein. Jetzt bezahlen: http://rechnung-zahlen.info",
    ],
    ("Spanish", "reminder"): [
        "Le recordamos el vencimiento de su factura 4471. Sin pago en 3 días pasaremos la "
        "deuda al departamento jurídico. Descargue la factura aquí.",
        "Factura pendiente: si no realiza el pago en 48 horas iniciaremos acciones legales. "
        "Pague aquí: https://pagos-cobro.net",
        "Último aviso de impago. Su servicio será suspendido. Haga clic aquí para ver la factura.",
    ],
    ("Italian", "reminder"): [
        "Fattura scaduta: in assenza di pagamento entro 3 giorni procederemo per vie legali. "
        "Clicca qui per pagare.",
        "Sollecito di pagamento: ultima possibilità prima della messa in mora. Scarica la "
        "fattura dal link http://fatture-online.co",
    ],
    ("Dutch", "reminder"): [
        "Ondanks onze herinneringen is uw factuur niet betaald. Betaal binnen drie dagen met "
        "een vouchercode, anders volgt het incassobureau.",
        "Herinnering: uw factuur staat nog open. Betaal binnen 2 dagen, anders volgt de "
        "deurwaarder. Klik hier om te betalen.",
        "Aanmaning: openstaande betaling. Om incassokosten te voorkomen betaalt u via "
        "https://betaal-factuur.info",
    ],
    ("Polish", "reminder"): [
        "Wezwanie do zapłaty: faktura jest nieopłacona. Brak wpłaty w ciągu 3 dni oznacza "
        "skierowanie sprawy do windykacji. Kliknij link, aby zapłacić.",
        "Zaległa płatność! Ostatnie ostrzeżenie przed blokadą usługi. Zapłać tutaj: "
        "https://faktury-online.pl.co",
    ],
    ("Italian", "diversion"): [
        "Il nostro reparto contabile ci informa che il conto precedente non è più attivo: "
        "vi forniremo il nostro conto alternativo offshore per il pagamento della fattura.",
    ],
    ("French", "diversion"): [
        "Suite à un contrôle, notre banque habituelle ne reçoit plus les paiements : merci "
        "d'utiliser notre compte alternatif à l'étranger pour le solde.",
    ],
    ("Spanish", "diversion"): [
        "Por una auditoría, el pago no puede ir a la cuenta anterior. Le facilitaremos "
        "nuestra cuenta alternativa offshore para el abono.",
    ],
}

# (language, move) -> honest twins a sourcing team receives in the same language
HONEST: dict[tuple[str, str], list[str]] = {
    ("French", "wire"): [
        "Le virement du 3 mai a bien été reçu, merci ; pouvez-vous nous envoyer la facture ?",
        "Bonjour, le virement de la facture 2024-118 a été effectué ce matin. Vous trouverez "
        "l'avis de virement en pièce jointe.",
        "Attention à la fraude au président : un faux dirigeant demande un virement urgent et "
        "confidentiel. Vérifiez toujours par téléphone.",
    ],
    ("German", "wire"): [
        "Die Überweisung für Rechnung 4711 wurde heute ausgeführt; der Betrag sollte morgen "
        "auf Ihrem Konto sein.",
        "Warnung vor CEO-Fraud: Betrüger fordern im Namen der Geschäftsführung eine dringende, "
        "vertrauliche Überweisung.",
    ],
    ("Spanish", "wire"): [
        "Le confirmamos que la transferencia del pedido 553 se realizó ayer. Adjuntamos el "
        "justificante.",
        "El fraude del CEO consiste en pedir una transferencia urgente y confidencial "
        "suplantando a un directivo.",
    ],
    ("Italian", "wire"): [
        "Vi confermiamo che il bonifico per la fattura 77/2024 è stato eseguito oggi.",
        "Attenzione alla truffa del CEO: chi chiede un bonifico urgente e riservato a nome del "
        "direttore è un truffatore.",
    ],
    ("Dutch", "wire"): [
        "De overboeking voor factuur 2024-31 is vandaag gedaan. U ontvangt het bedrag binnen "
        "twee werkdagen.",
        "Let op CEO-fraude: oplichters vragen namens de directeur een dringende, vertrouwelijke "
        "overboeking.",
    ],
    ("Polish", "wire"): [
        "Przelew za fakturę FV/2024/118 został dziś wysłany. Potwierdzenie w załączniku.",
        "Uwaga na oszustwo „na prezesa”: przestępcy proszą o pilny, poufny przelew.",
    ],
    ("French", "gift"): [
        "Nos cartes cadeaux sont en vente en magasin ; le code est imprimé au dos du ticket.",
        "Arnaque : un faux patron vous demande d'acheter des cartes cadeaux et de lui envoyer "
        "les codes. Ne le faites pas.",
    ],
    ("German", "gift"): [
        "Gutscheine können Sie in unserem Shop kaufen; den Code erhalten Sie per E-Mail.",
        "Betrugsmasche: Der falsche Chef bittet, Google-Play-Karten zu kaufen und ihm die "
        "Codes zu schicken.",
    ],
    ("Spanish", "gift"): [
        "Las tarjetas regalo se pueden canjear en nuestra web introduciendo el código.",
        "Estafa del jefe: te pide comprar tarjetas de prepago y enviarle los códigos. No lo "
        "hagas.",
    ],
    ("Italian", "gift"): [
        "Le carte regalo sono disponibili alla cassa; il codice si trova sul retro.",
        "Truffa: il finto capo chiede di comprare carte regalo e inviargli i codici.",
    ],
    ("Dutch", "gift"): [
        "Cadeaukaarten zijn te koop in de winkel; de code staat op de achterkant.",
        "Oplichting: een nepbaas vraagt cadeaukaarten te kopen en de codes te sturen.",
    ],
    ("Polish", "gift"): [
        "Karty podarunkowe można kupić w sklepie; kod jest na odwrocie.",
        "Oszustwo: fałszywy szef prosi o zakup kart podarunkowych i przesłanie kodów.",
    ],
    ("French", "fee"): [
        "Les droits de douane de 412,30 EUR pour votre envoi figurent sur la facture jointe "
        "du transitaire.",
        "Frais de douane : le transporteur encaisse 23,50 € à la livraison de votre colis.",
    ],
    ("German", "fee"): [
        "Für Ihre Sendung fallen Zollgebühren von 186,40 EUR an; die Rechnung unseres "
        "Spediteurs liegt bei.",
        "Die Zollgebühr von 12,80 € zahlen Sie bar bei der Zustellung des Pakets.",
    ],
    ("Spanish", "fee"): [
        "Los gastos de aduana de su envío (310,20 €) figuran en la factura del transitario "
        "adjunta.",
        "El mensajero cobrará las tasas de aduana de 15 € en la entrega del paquete.",
    ],
    ("Italian", "fee"): [
        "I dazi per la spedizione ammontano a 280,00 euro, come da fattura dello "
        "spedizioniere allegata.",
        "Le spese di dogana di 9,50 € si pagano al corriere alla consegna del pacco.",
    ],
    ("Dutch", "fee"): [
        "De invoerrechten voor uw zending bedragen 244,10 EUR volgens de bijgevoegde factuur "
        "van de expediteur.",
        "De douanekosten van 6,50 € betaalt u aan de bezorger bij aflevering van het pakket.",
    ],
    ("Polish", "fee"): [
        "Cło za przesyłkę wynosi 512,00 zł zgodnie z fakturą spedytora w załączniku.",
        "Opłatę celną 18 zł uiszcza się u kuriera przy dostawie paczki.",
    ],
    ("French", "reminder"): [
        "Relance : notre facture n° 2024-0412 du 3 octobre reste impayée. Merci de régler "
        "par virement sur le compte habituel. À défaut, des pénalités de retard s'appliqueront.",
        "Rappel amical : la facture FA-311 arrive à échéance vendredi.",
    ],
    ("German", "reminder"): [
        "Unsere Forderung aus Rechnung 2291 ist noch offen; bitte überweisen Sie auf das "
        "bekannte Konto, sonst folgt das gerichtliche Mahnverfahren.",
        "Zahlungserinnerung zu Rechnung Nr. 2024-118 vom 02.10.: Bitte überweisen Sie den "
        "offenen Betrag bis 15.12. auf unser bekanntes Konto, sonst Mahngebühren.",
        "Mahnung: Rechnung 556 ist seit 30 Tagen fällig. Bei Fragen rufen Sie uns an.",
    ],
    ("Spanish", "reminder"): [
        "Le recordamos el vencimiento de la factura 4471 el día 15; puede descargarla en su "
        "área de cliente.",
        "Le recordamos que la factura n.º 2024/311 está pendiente de pago. Puede abonarla por "
        "transferencia a la cuenta habitual; si no, aplicaremos recargo.",
        "Factura pendiente del pedido 88: vence el viernes.",
    ],
    ("Italian", "reminder"): [
        "Sollecito di pagamento: la fattura n. 145 del 10/10 risulta scaduta. Vi preghiamo di "
        "saldarla tramite bonifico sul conto abituale; in caso contrario avvieremo le vie "
        "legali.",
        "Promemoria: la fattura 212 scade lunedì.",
    ],
    ("Dutch", "reminder"): [
        "Herinnering: factuur 2024-088 staat nog open. Wilt u het bedrag overmaken naar ons "
        "bekende rekeningnummer? Anders volgen incassokosten.",
        "Vriendelijke herinnering: factuur 301 vervalt vrijdag.",
    ],
    ("Polish", "reminder"): [
        "Przypominamy o nieopłaconej fakturze FV/118/2024. Prosimy o przelew na dotychczasowy "
        "rachunek, w przeciwnym razie naliczymy odsetki.",
        "Przypomnienie: termin płatności faktury 77 mija w piątek.",
    ],
    ("Italian", "diversion"): [
        "Attenzione: la truffa dell'IBAN alternativo offshore colpisce molte imprese.",
        "Il nostro conto corrente non è cambiato: non paghiamo mai su conti alternativi.",
    ],
    ("French", "diversion"): [
        "Nous ne changerons jamais de compte par e-mail : aucun compte alternatif n'est valable.",
    ],
    ("Spanish", "diversion"): [
        "Nuestra cuenta bancaria no ha cambiado; nunca usamos una cuenta alternativa.",
    ],
}
