"""Written cases for round 22's Chinese and Japanese "pay off the platform" reading and the
clause-level refusal and warning reading (issue 15): demands, and warnings and refusals that
name the same words. Written by the project: a regression test, never a quality figure (the
development data holds four Chinese items with these words, all honest explainers)."""

from __future__ import annotations

# Asked of the reader: each is answered high, read in its language.
DEMANDS = {
    "pay offline to save the fee": "为了节省手续费，请您线下付款，直接转账到我们公司账户。",
    "pay outside the platform": "我们可以平台外付款，价格更便宜。",
    "trade privately, pay me": "亲，私下交易吧，直接打款给我，便宜5%。",
    "skip the platform": "不走平台，直接线下转账给我们，可以便宜一些。",
    "other buyers do it": "别的买家都是线下付款的，您也可以直接汇款。",
    "no risk, they say": "线下付款没有任何风险，我们是老工厂。",
    "not swindlers, they say": "我们不是骗子，可以私下转账，更便宜。",
    "traditional": "線下付款比較方便，請直接匯款到我的帳戶。",
    "Japanese": "アリババ外でのお支払いをお願いします。手数料が安くなります。",
}
# Warnings and refusals that name the move: none is read as it.
WARNINGS = {
    "do not pay offline": "请勿线下付款，所有款项请通过平台支付。",
    "never trust a seller who asks": "切勿相信任何要求您线下付款的卖家。",
    "beware of private deals": "谨防私下交易诈骗。",
    "not protected": "不要私下交易，平台外付款不受保障。",
    "forbidden, the account is closed": "严禁私下交易，一经发现封号处理。",
    "never pay offline": "千万别线下付款，否则钱货两空。",
    "whoever asks is a swindler": "请大家注意，凡是要求线下付款的都是骗子。",
    "we do not accept": "我们不接受线下付款。",
    "a tip": "温馨提示：谨防不法分子要求线下付款。",
    "a list of what is forbidden": "禁止私下交易、线下付款。",
    "high risk": "私下转账风险极高，出了问题平台无法处理。",
    "traditional": "請勿線下付款，以免受騙。",
    "Japanese": "アリババ外でのお支払いはお断りしております。",
    "Korean": "알리바바 밖에서 결제하지 마세요.",
}
