"""Names of the assessment outcomes, most serious first, in English and Serbian."""

from content.model import LocalText

OUTCOME_LABELS: dict[str, LocalText] = {
    "urgent-danger": LocalText("Urgent danger", "Neposredna opasnost"),
    "possible-thb-child": LocalText("Possible trafficking in a child", "Moguća trgovina detetom"),
    "possible-thb": LocalText("Possible trafficking in human beings", "Moguća trgovina ljudima"),
    "forced-labour-indicators": LocalText("Indicators of forced labour", "Indikatori prinudnog rada"),
    "severe-labour-exploitation": LocalText("Severe labour exploitation", "Teška radna eksploatacija"),
    "labour-law-violation": LocalText("Labour-law violation", "Kršenje radnog prava"),
    "no-indication": LocalText("No indication", "Nema pokazatelja"),
}
