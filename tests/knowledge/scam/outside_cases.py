"""Written cases for round 20's "pay outside the platform" and "customs deposit" readings
(issue 15), a scam and an honest twin each. Written by the project: a regression test, never a
quality figure (main f9f1bae read none of the scams with a rule)."""

from __future__ import annotations

OUTSIDE = {
    "Spanish": "Estimado amigo, para un mejor precio contácteme por WhatsApp y hacemos el pago "
    "fuera de Alibaba, así se ahorra la comisión.",
    "Portuguese": "Caro amigo, para um preço melhor fale comigo no WhatsApp e fazemos o "
    "pagamento fora do Alibaba, assim economiza a taxa.",
    "French": "Cher ami, pour un meilleur prix contactez-moi sur WhatsApp et nous ferons le "
    "paiement en dehors d'Alibaba, vous économisez les frais.",
    "German": "Lieber Freund, für einen besseren Preis kontaktieren Sie mich über WhatsApp, dann "
    "zahlen Sie außerhalb von Alibaba und sparen die Gebühr.",
    "Turkish": "Değerli dostum, daha iyi fiyat için bana WhatsApp'tan yazın, ödemeyi Alibaba "
    "dışında yaparız, komisyondan tasarruf edersiniz.",
    "Russian": "Дорогой друг, для лучшей цены напишите мне в WhatsApp, оплату сделаем вне "
    "Alibaba, вы сэкономите комиссию.",
}
DEPOSIT = {
    "Spanish": "Su envío está retenido en la aduana. Debe pagar hoy un depósito de despacho de "
    "300 USD para liberarlo; transfiéralo a la cuenta del agente.",
    "Portuguese": "A sua mercadoria está retida na alfândega. É preciso pagar hoje um depósito "
    "de desembaraço de 300 USD para liberar; transfira para a conta do agente.",
    "French": "Votre marchandise est bloquée en douane. Un dépôt de dédouanement de 300 USD doit "
    "être payé aujourd'hui pour la libérer ; veuillez le virer sur le compte de l'agent.",
    "German": "Ihre Sendung wird vom Zoll festgehalten. Eine Zollkaution von 300 USD muss heute "
    "bezahlt werden, überweisen Sie sie bitte auf das Konto des Agenten.",
    "Turkish": "Gönderiniz gümrükte bekletiliyor. Serbest bırakılması için bugün 300 USD gümrük "
    "teminatı ödenmelidir, lütfen acentenin hesabına havale edin.",
}
HONEST = {
    # Paying through the platform, said as the seller's rule.
    "outside (ES)": "Todos los pagos se hacen dentro de Alibaba con Trade Assurance; no "
    "aceptamos pagos fuera de la plataforma.",
    # A warning that names the trick.
    "outside (DE)": "Vorsicht Betrug: Verkäufer, die eine Zahlung außerhalb von Alibaba "
    "verlangen, umgehen den Käuferschutz.",
    # A carrier's real duty notice: duties, no deposit.
    "deposit (FR)": "Votre colis est retenu en douane : des droits de 23,40 EUR sont dus. "
    "Veuillez les régler sur notre site avec le numéro de suivi de votre envoi.",
    # A customs deposit explained, not asked.
    "deposit (ES)": "La aduana puede exigir una garantía cuando la mercancía queda retenida "
    "por una valoración pendiente; la garantía se devuelve al liquidar la declaración.",
}
