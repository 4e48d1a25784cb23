"""A question -> an Answer: intent, fuzzy speaker match, phrase search, paging.

Pure look-ups in the Store; no Telegram, no formatting (see render.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.answering import (
    CLAIM_SHARE,
    claim_score,
    claim_terms,
    claim_words,
    content_words,
    fold_name,
    fold_word,
    has_false_friend,
    mentions_topic,
    role_extra,
    role_matches,
    role_query,
    role_score,
    topic_stem,
    topic_terms,
)
from bot.answering import (
    lexicon as answering_lexicon,
)
from bot.config import Settings
from bot.language import detect_language, passage_language
from bot.models import Answer, Candidate, QuoteHit, SpeakerRef
from bot.nlp.lexicon import LANGUAGES, load_lexicon
from bot.periods import drop_time, in_period, resolve, time_words
from bot.store import PersonRow, Store, normalize

# Two people whose best scores are this close are equally good answers.
AMBIGUITY_MARGIN = 2.0
MAX_SUGGESTIONS = 5
# At most this many people are listed when a name (or role) fits several equally.
MAX_CANDIDATES = 10
# Only this many of the best-scoring people are looked up in the store and ranked.
MAX_RANKED = 50
# A misspelt word is looked up among at most this many similar name words.
MAX_FUZZY_WORDS = 40
# A name word this short names someone with one slip at most (a letter wrong, missing or
# extra, or two swapped); a longer one by whatever its similarity allows.
SHORT_WORD = 6
# People sharing words with the question that are scored on their whole names, at most.
MAX_SCORED_PEOPLE = 3000
# "latest" pages through at most this many of the newest quotations.
MAX_LATEST = 50
TOKEN_SET_SCALE = 0.95
# How many phrase hits are scored and paged through at most.
MAX_PHRASE_HITS = 200
# "did Smith say Y" picks the one Smith quoted saying this share of Y's words.
CLAIM_PICK_SHARE = 0.66
# "who said that …" in other words: the quotations with any of its words read at most, and
# the share of its content words a quotation must have.
MAX_PARAPHRASE_HITS = 1000
PARAPHRASE_SHARE = 0.66
# How many quotations about a theme are read (newest first) and paged through at most.
MAX_TOPIC_HITS = 200
# Quotations of nameless sources ("die Polizei") shown at most, the last indexed first,
# and how alike a question's word and a mention's word must be ("Polzei").
MAX_SOURCE_HITS = 200
SOURCE_WORD_RATIO = 85.0
# Near-duplicates in one answer (the same statement in two articles, or in a teaser and
# a body the extractor did not merge) are shown once.
DUPLICATE_RATIO = 90.0
# What the reply footer tells the user to type for the next page.
MORE_WORDS = frozenset({"more", "mehr", "weiter", "next"})


def is_more(text: str) -> bool:
    return text.strip(" .!?…").casefold() in MORE_WORDS


# Longer text is no question about a person or theme (it is a pasted passage): only the
# "who said …" forms are tried on it, which keeps the matching linear.
MAX_FORM_CHARS = 600
# A "check" question's name is at most this many words ("hat X Y gefordert").
MAX_NAME_WORDS = 5
# Of a message with several questions, at most this many are looked at for the first.
MAX_QUESTIONS = 4

QUOTE_CHARS = "\"'„“”‚‘’»«›‹「」"


@dataclass
class ParsedQuestion:
    # "speaker" | "check" | "phrase" | "topic" | "latest" | "speakers" | "help" | "empty"
    intent: str
    query: str  # the name or phrase ("topic": the topic); "" for the other intents
    lang: str = "en"  # "de" when the question was asked in a German form
    topic: str = ""  # "what did X say about Y": Y
    # The name as it would read without the topic split ("Karl-Theodor zu Guttenberg"
    # is a name, not Karl-Theodor on Guttenberg); tried too, the better name wins.
    whole: str = field(default="", compare=False)
    # Other readings of the name, tried too ("Habecks Zitate": Habecks or Habeck).
    alts: tuple[str, ...] = field(default=(), compare=False)
    # "Frau Müller", "Mr Smith": "f" or "m", to choose between people of one name.
    gender: str | None = field(default=None, compare=False)
    # A form that may name a person or a theme ("tell me about X", "Zitate zu X"): when
    # nobody is called so, the quotations about it are looked for.
    topic_fallback: bool = field(default=False, compare=False)
    # Text that fits no question form ("keine Verhandlungsmasse", pasted in quote marks):
    # when nobody is called so, it is looked up as a phrase.
    phrase_fallback: bool = field(default=False, compare=False)
    # "did X say Y", "hat X gesagt, dass Y" (intent "check"): Y, the words to look for
    # among X's quotations.
    claim: str = ""
    # Other ways to split a "check" question into name and claim ("hat Ursula von der
    # Leyen von einer Krise gesprochen"): the one whose name fits best is taken.
    splits: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # Words that say when ("last week", "im März 2025"), as asked: the asker reads them
    # against today's date and keeps the quotations of articles dated then.
    when: tuple[str, ...] = field(default=(), compare=False)
    # "compare what X and Y said about Z": X is answered; Y, as asked, is named in the
    # reply as the one to ask about next.
    others: tuple[str, ...] = field(default=(), compare=False)


_SLASH_RE = re.compile(r"^/(\w+)(?:@\w+)?(?:\s+(.*))?$", re.S)
_SLASH_INTENTS = {
    "quotes": "speaker",
    "zitate": "speaker",
    "who": "phrase",
    "wer": "phrase",
    "speakers": "speakers",
    "latest": "latest",
    "neueste": "latest",
    "help": "help",
    "start": "help",
    "hilfe": "help",
}

# --- politeness and request wrappers -----------------------------------------------------
# "Can you tell me what Merz said?", "Bitte zeig mir, was Baerbock gesagt hat", "… please":
# stripped (repeatedly) before the question forms below are matched. Each is followed by
# the rest of the question; a wrapper alone ("hello") is left for the forms.
_WRAPPERS_EN = [
    r"(?:hi|hello|hey|hiya|yo|ok|okay|dear|good (?:morning|afternoon|evening))(?: there)?"
    r"(?: (?:quote)?bot)?",
    r"(?:quote)?bot(?=[,:!])",
    r"please|pls|plz|kindly|excuse me|sorry",
    r"(?:can|could|would|will) you(?: please| pls| kindly| maybe)?(?: (?:tell|show|give|find|"
    r"list|get|fetch|look up|search for)(?: me| us)?)?",
    r"(?:can|could|may) (?:i|we) (?:please )?(?:see|have|get|read|hear)",
    r"(?:tell|show|give|find|list|get|fetch|display|look up|search for|search)(?: me| us)?",
    r"(?:i'd|i would|we'd|we would|i|we) (?:like|want|wish|love|need) to (?:know|see|hear|read|"
    r"find out|learn)",
    r"(?:i'm|i am|we're|we are|i was|i) (?:wondering|curious|interested in|looking for|searching"
    r" for)",
    r"i wonder|do you know|do you remember|any idea|let me (?:know|see)|lemme (?:know|see)",
]
_WRAPPERS_DE = [
    r"(?:hallo|moin|servus|grüß dich|gruess dich|guten (?:tag|morgen|abend)|na|also)"
    r"(?: (?:quote)?bot)?",
    r"bitte|gerne|gern|entschuldigung",
    r"(?:kannst|könntest|koenntest) du(?: mir| uns)?(?: bitte| mal| vielleicht)*(?: (?:sagen|zeigen|"
    r"nennen|raussuchen|heraussuchen|suchen|geben|auflisten|verraten))?",
    r"(?:können|könnten|koennen|koennten) sie(?: mir| uns)?(?: bitte| mal| vielleicht)*"
    r"(?: (?:sagen|zeigen|nennen|raussuchen|heraussuchen|suchen|geben|auflisten|verraten))?",
    r"(?:zeig|zeige|sag|sage|nenn|nenne|gib|such|suche|finde|liste|verrate|verrat)(?: mir| uns)?"
    r"(?: bitte| mal| doch)*(?: (?:nach|alle))?",
    r"(?:weißt|weisst|wisst) du|wissen sie",
    r"ich (?:möchte|moechte|will|würde gerne?|wuerde gerne?|hätte gerne?|haette gerne?|wüsste gerne?"
    r"|wuesste gerne?) (?:gerne? )?(?:wissen|sehen|lesen|hören|hoeren)",
    r"mich interessiert",
    r"gibt es|gibt's|gibts|hast du|habt ihr|haben sie|kennst du",
]
_WRAP_TAIL = r"[,:;!.]*\s+(?P<rest>.+)$"
_WRAP_EN_RE = re.compile(rf"^(?:{'|'.join(_WRAPPERS_EN)}){_WRAP_TAIL}", re.I | re.S)
_WRAP_DE_RE = re.compile(rf"^(?:{'|'.join(_WRAPPERS_DE)}){_WRAP_TAIL}", re.I | re.S)
# "… please", "…, danke": politeness at the end.
_WRAP_END_RE = re.compile(
    r"^(?P<rest>.+?)[,;!.]*\s+(?:please|pls|plz|thanks|thank you|thx|cheers|bitte|danke(?: schön|"
    r" schoen| sehr)?|bitte schön|bitte schoen|mal)$",
    re.I | re.S,
)
# After a wrapper, "if X said …" / "ob X … gesagt hat" is the question.
_WHETHER_RE = re.compile(r"^(?:if|whether)\s+(?P<rest>.+)$", re.I | re.S)
_OB_RE = re.compile(r"^ob\s+(?P<rest>.+)$", re.I | re.S)
# After a German request the verb comes last: "Kannst du mir die Zitate von X zeigen?"
_DE_VERB_END_RE = re.compile(
    r"^(?P<rest>.+?)\s+(?:zeigen|sagen|nennen|geben|raussuchen|heraussuchen|auflisten"
    r"|verraten|suchen)$",
    re.I | re.S,
)


def _unwrap(text: str) -> tuple[str, str | None]:
    """The question without politeness around it, and "de"/"en" if a wrapper told."""
    lang: str | None = None
    wrapped = False
    prev = None
    while prev != text:
        prev = text
        for regex, wrap_lang in ((_WRAP_DE_RE, "de"), (_WRAP_EN_RE, "en")):
            m = regex.match(text)
            if m:
                text = m.group("rest").strip(" ,:;")
                lang = lang or wrap_lang
                wrapped = True
        m = _WRAP_END_RE.match(text)
        if m:
            text = m.group("rest").strip(" ,:;")
        if lang == "de":
            m = _DE_VERB_END_RE.match(text)
            if m:
                text = m.group("rest").strip(" ,:;")
        if wrapped:
            for regex, wrap_lang in ((_WHETHER_RE, "en"), (_OB_RE, "de")):
                m = regex.match(text)
                if m:
                    text = m.group("rest")
                    lang = lang or wrap_lang
    return text, lang


# --- the question forms ----------------------------------------------------------------

# Words that join a name and a topic: "what did X say about Y", "was sagte X über Y".
_TOPIC_EN = r"(?:about|regarding|concerning|on the (?:subject|topic|issue) of|on|re)"
_TOPIC_DE = r"(?:zum thema|in sachen|über|ueber|zu|zum|zur|bezüglich|bezueglich|bzgl\.?)"
_TOPIC_ANY = rf"(?:{_TOPIC_DE[3:-1]}|{_TOPIC_EN[3:-1]})"
_T_EN = rf"(?: (?P<c>{_TOPIC_EN}) (?P<t>.+))?"
_T_DE = rf"(?: (?P<c>{_TOPIC_DE}) (?P<t>.+?))?"
# What people are asked for: "quotes by X", "Aussagen von X", "Habecks Zitate".
_QUOTE_NOUNS_EN = (
    r"(?:quotes|quote|quotations|quotation|statements|statement|remarks|comments|words|sayings"
    r"|views|opinions|positions|position|stance|opinion|take)"
)
_QUOTE_NOUNS_DE = (
    r"(?:zitate|zitat|aussagen|aussage|äußerungen|äusserungen|aeusserungen|worte|sprüche|sprueche"
    r"|stellungnahmen|statements|meinungen|meinung|position|positionen)"
)
_SAY_EN = (
    r"(?:say|said|says|think|thought|mean|claim|argue|write|wrote|tweet|tweeted|state|stated"
    r"|announce|announced|comment|commented|post|posted|have to say|had to say|been saying"
    r"|(?:tell|told)(?: [^ ]+){0,2}?)"
)
_SAID_EN = (
    r"(?:said|says|say|thinks|thought|had to say|has to say|has said|have said|claimed|stated"
    r"|wrote|tweeted|announced|meant|told (?:us|reporters|the press|the media))"
)
_SAY_DE = (
    r"(?:sagte|sagt|meint|meinte|denkt|dachte|findet|fand|hält|haelt|hielt|erklärte|erklaerte"
    r"|erklärt|erklaert|schrieb|schreibt|twitterte|äußerte|aeusserte|behauptet|behauptete)"
)
_SAID_DE = (
    r"(?:gesagt|geäußert|geaeussert|gemeint|erklärt|erklaert|geschrieben|getwittert|behauptet"
    r"|gesprochen|geredet)"
)
_HAS_DE = r"(?:hat|hatte|haben|hätte)"
_SOMETHING_DE = r"(?:(?:schon |jemals |je |mal |auch |denn |eigentlich |bisher |so )*(?:etwas|was|irgendwas|irgendetwas|alles))"

# Whether a person said something: "did X say (that) Y", "hat X gesagt, dass Y". Group
# "q" is the name, "y" the claim; a group "s" marks a form whose name and claim may be split
# elsewhere (a name with "von" in it; a verb at the end after the name and the claim).
_CLAIM_VERBS_EN = (
    r"(?:say|said|claim|claimed|state|stated|admit|admitted|mention|mentioned|promise|promised"
    r"|warn|warned|suggest|suggested|deny|denied|insist|insisted|argue|argued|threaten"
    r"|threatened|call for|called for|write|wrote|tweet|tweeted|predict|predicted"
    r"|(?:tell|told)(?: [^ ]+){0,2}?)"
)
_CLAIM_ADVERBS_EN = r"(?:(?:ever|really|actually|already|once|recently|publicly|just) )*"
_CLAIM_VERBS_DE = (
    r"(?:gesagt|behauptet|erklärt|erklaert|geschrieben|getwittert|gefordert|versprochen"
    r"|angekündigt|angekuendigt|zugegeben|eingeräumt|eingeraeumt|bestritten|gewarnt|betont"
    r"|gemeint|verlangt|kritisiert|ausgeschlossen|bestätigt|bestaetigt|gedroht)"
)
# Verbs that end a question after the name and the claim with nothing between ("hat
# Brandl mehr Geld gefordert"); "gesagt" there is the speaker forms' ("hat X zu Y gesagt").
_CLAIM_FINAL_DE = (
    r"(?:gefordert|versprochen|angekündigt|angekuendigt|zugegeben|eingeräumt|eingeraeumt"
    r"|bestritten|gewarnt|betont|verlangt|kritisiert|ausgeschlossen|bestätigt|bestaetigt"
    r"|gedroht)"
)
_CLAIM_ADVERBS_DE = (
    r"(?:(?:wirklich|tatsächlich|tatsaechlich|etwa|mal|je|jemals|schon|denn|eigentlich"
    r"|öffentlich|oeffentlich) )*"
)
_CHECK_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I | re.S), "check", lang)
    for p, lang in [
        (
            rf"^(?:did|has|had|does|have) (?P<q>.+?) {_CLAIM_ADVERBS_EN}{_CLAIM_VERBS_EN}"
            r"(?: that)?[\s:,]+(?P<y>.+)$",
            "en",
        ),
        (
            r"^(?:is it true|was it true|is it correct|did i hear(?: right)?)(?: that)?[\s,]+"
            rf"(?P<q>.+?) (?:has |had )?{_CLAIM_VERBS_EN}(?: that)?[\s:,]+(?P<y>.+)$",
            "en",
        ),
        (
            rf"^{_HAS_DE} (?P<q>.+?) {_CLAIM_ADVERBS_DE}{_CLAIM_VERBS_DE}[\s:,]+"
            r"(?:dass |daß |das )?(?P<y>.+)$",
            "de",
        ),
        (
            rf"^{_HAS_DE} (?P<s>(?P<q>.+?) {_CLAIM_ADVERBS_DE}(?:von|vom) (?P<y>.+?))"
            r" (?:gesprochen|geredet)$",
            "de",
        ),
        (
            rf"^{_HAS_DE} (?P<s>(?P<q>.+?) {_CLAIM_ADVERBS_DE}(?P<y>.+?)) {_CLAIM_FINAL_DE}$",
            "de",
        ),
        (
            r"^(?:sagte|sagt|meinte|meint|behauptete|behauptet|forderte|fordert|erklärte"
            r"|erklaerte) (?P<q>.+?)[\s:,]+(?:wirklich |tatsächlich |etwa )*(?:dass|daß)"
            r" (?P<y>.+)$",
            "de",
        ),
        (
            r"^(?:stimmt es|ist es wahr|hab ich richtig gehört|habe ich richtig gehört),?"
            rf" (?:dass|daß) (?P<q>.+?) {_CLAIM_VERBS_DE} (?:hat|habe|hätte)[\s:,]+"
            r"(?:dass |daß )?(?P<y>.+)$",
            "de",
        ),
    ]
]
# "Brandl hat gesagt, dass …?", "Austin said he would …?", and what is left of "kannst du
# mir sagen, ob Brandl gesagt hat, dass …" or "tell me if Austin said …": tried after every
# other form, and only with a short name before the verb.
_CHECK_LAST_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I | re.S), "check", lang)
    for p, lang in [
        (
            rf"^(?P<q>[^ ]+(?: [^ ]+){{0,3}}) (?:hat|habe|hätte) {_CLAIM_ADVERBS_DE}"
            rf"{_CLAIM_VERBS_DE}[\s:,]+(?:dass |daß )?(?P<y>.+)$",
            "de",
        ),
        (
            rf"^(?P<q>[^ ]+(?: [^ ]+){{0,3}}) {_CLAIM_ADVERBS_DE}{_CLAIM_VERBS_DE}"
            r" (?:hat|habe|hätte)[\s:,]+(?:dass |daß )?(?P<y>.+)$",
            "de",
        ),
        (
            rf"^(?P<q>[^ ]+(?: [^ ]+){{0,3}}) (?:has |had )?{_CLAIM_ADVERBS_EN}"
            r"(?:said|claimed|stated|admitted|mentioned|promised|warned|suggested|denied|insisted"
            r"|argued|threatened|called for|wrote|tweeted|predicted|told(?: [^ ]+){0,2}?)"
            r"(?: that)?[\s:,]+(?P<y>.+)$",
            "en",
        ),
    ]
]
# A claim that is a theme or nothing ("did X say anything", "hat X etwas gesagt"): no
# claim; those questions are the speaker forms' ("anything about Y" is a theme).
_NO_CLAIM_RE = re.compile(
    rf"^(?:(?:anything|something|a word|much|a lot|etwas|was|irgendwas|irgendetwas|nichts"
    rf"|nothing|so|denn)(?: (?:{_TOPIC_EN[3:-1]}|{_TOPIC_DE[3:-1]}) .*)?|(?:{_TOPIC_EN[3:-1]}"
    rf"|{_TOPIC_DE[3:-1]}) .*)$",
    re.I | re.S,
)

# (pattern, intent, lang), tried in order on the cleaned question. Group "q" is the query,
# group "t" the topic, group "c" the word that joined them; a group "g" marks a genitive
# ("Habecks Zitate"), "f" a form that may name a theme instead of a person.
_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I | re.S), intent, lang)
    for p, intent, lang in [
        (r"^(?:help|hilfe)$", "help", "en"),
        (r"^(?:thanks|thank you|thx|cheers|great|cool|nice|ok|okay)$", "empty", "en"),
        (r"^(?:danke(?: schön| schoen| sehr)?|super|prima|gut)$", "empty", "de"),
        (
            r"^(?:help me|what can you do|what do you do|how does (?:this|it) work|how do i use"
            r" (?:this|you|it)|what are you|who are you|commands|menu|instructions|usage"
            r"|hi|hello|hey|hiya|good (?:morning|afternoon|evening))$",
            "help",
            "en",
        ),
        (
            r"^(?:was kannst du(?: alles)?|was machst du|wie funktioniert (?:das|es|der bot)"
            r"|wer bist du|was bist du|befehle|anleitung|hallo|moin|servus"
            r"|guten (?:tag|morgen|abend))$",
            "help",
            "de",
        ),
        (
            r"^(?:who(?:'s| is| gets| was| are| were| has| have| got)?(?: been| being)?"
            r" (?:quoted|cited)|who speaks|who do you (?:know|have)|who have you got|who (?:is|are) in (?:the|your) index"
            r"|(?:(?:all|the|list(?: of)?) )*(?:speakers|people quoted|quoted people|people|persons)"
            r"|list)$",
            "speakers",
            "en",
        ),
        (
            r"^(?:wer wird (?:hier )?zitiert|wer ist zitiert|wer wurde zitiert"
            r"|wer (?:ist|sind|kommt|kommen) (?:alles )?(?:im index|vor|drin)"
            r"|wen (?:zitierst|kennst) du"
            r"|welche (?:personen|leute|sprecher|politiker|menschen) (?:werden|wurden|sind|hast du)"
            r"(?: (?:hier|alle|alles))?(?: (?:zitiert|im index|gespeichert))?"
            r"|(?:(?:alle|die|liste der) )*(?:sprecher|sprecherliste|zitierten personen|personen|liste))$",
            "speakers",
            "de",
        ),
        (
            r"^(?:what(?:'s|s| is| are) )?(?:the |show (?:me )?(?:the )?)?(?:latest|newest|most recent)"
            r"(?: quotes| quotations)?(?:(?: (?:from|by|of))? (?P<q>.+))?$",
            "latest",
            "en",
        ),
        (
            r"^(?:what's new|whats new|what is new|anything new|news|recent|recent quotes"
            r"|(?:the )?new quotes|(?:the )?recent quotations)$",
            "latest",
            "en",
        ),
        (
            r"^(?:die |zeig (?:mir )?(?:die )?)?(?:neueste[nsr]?|aktuellste[nsr]?)"
            r"(?: zitate)?(?:(?: (?:von|vom))? (?P<q>.+))?$",
            "latest",
            "de",
        ),
        (
            r"^(?:was gibt(?:'s|s| es) neues|gibt(?:'s|s| es) (?:was|etwas) neues|neuigkeiten"
            r"|(?:die )?(?:letzten|neuen|aktuellen) zitate|neues)$",
            "latest",
            "de",
        ),
        # Quotations about a theme, whoever said them.
        (
            r"^what(?:'s| is| was| has been| is being| have (?:people|they)| do (?:people|they)"
            r"| did (?:people|they)| are (?:people|they))?(?: been)? (?:said|saying|say)"
            rf" {_TOPIC_EN} (?P<t>.+)$",
            "topic",
            "en",
        ),
        (
            r"^(?:(?:all|any|the|some) )?(?:quotes|quotations|statements|remarks|comments"
            rf"|anything|something|everything)(?: (?:said|made))? {_TOPIC_EN} (?P<t>.+)$",
            "topic",
            "en",
        ),
        (
            r"^who(?: has| have| had)? (?:said|says|say) (?:anything|something|things|stuff)"
            rf" {_TOPIC_EN} (?P<t>.+)$",
            "topic",
            "en",
        ),
        (
            r"^who(?: has| have| had| else)? (?:mentioned|mentions|spoke of|talked of) (?P<t>.+)$",
            "topic",
            "en",
        ),
        (
            r"^wer (?:(?:erwähnte|erwähnt|erwaehnte|erwaehnt) (?P<t>.+)|hat (?P<t2>.+?)"
            r" (?:erwähnt|erwaehnt))$",
            "topic",
            "de",
        ),
        (
            r"^who(?: has| have| had| else)? (?:talked|talks|spoke|speaks|spoken|commented"
            r"|comments|was quoted|is quoted|has been quoted|weighed in|mentioned|mentions)"
            rf" {_TOPIC_EN} (?P<t>.+)$",
            "topic",
            "en",
        ),
        (
            rf"^was (?:wurde|wird|ist|hat man) (?:alles |so |denn )*{_TOPIC_DE} (?P<t>.+?)"
            rf" (?:{_SAID_DE})(?: worden)?$",
            "topic",
            "de",
        ),
        (
            r"^(?:(?:welche|was für|gibt es|gibt's|gibts|alle|die|irgendwelche) )*"
            rf"{_QUOTE_NOUNS_DE}(?: (?:gibt es|gibt's|gibts|hast du|kennst du|liegen vor|sind da))?"
            rf" {_TOPIC_DE} (?P<t>.+)$",
            "topic",
            "de",
        ),
        (
            rf"^wer {_HAS_DE}(?: (?:sich|etwas|was|irgendwas|irgendetwas)(?: (?:etwas|was|schon))?)?"
            rf" {_TOPIC_DE} (?P<t>.+?) (?:{_SAID_DE})$",
            "topic",
            "de",
        ),
        (
            r"^wer (?:äußerte sich|äußert sich|aeusserte sich|aeussert sich|sprach|spricht|redete"
            rf"|redet|sagte etwas|sagt etwas|sagte was|sagt was) {_TOPIC_DE} (?P<t>.+)$",
            "topic",
            "de",
        ),
        # Who said a phrase.
        (
            r"^who (?:said|says|has said|had said|did say|stated|wrote|tweeted|claimed|declared)"
            r"[\s:,]+(?P<q>.+)$",
            "phrase",
            "en",
        ),
        (
            r"^(?:from whom|by whom) (?:is|was|are|were|comes|came)(?: (?:the|this|that))?"
            r"(?: (?:quote|quotation|line|saying|words|phrase|sentence|statement))?"
            r"[\s:,]+(?P<q>.+)$",
            "phrase",
            "en",
        ),
        (
            r"^(?:who|whose) (?:is|was|are|were) (?:the|this|that)"
            r" (?:quote|quotation|line|saying|words|phrase|sentence|statement)[\s:,]+(?P<q>.+?)"
            r"(?: from)?$",
            "phrase",
            "en",
        ),
        (
            r"^whose (?:quote|quotation|line|saying|words|phrase|sentence|statement)"
            r" (?:is|was|are|were)[\s:,]+(?P<q>.+)$",
            "phrase",
            "en",
        ),
        (
            r"^who (?:is|was) (?:the )?(?:author|source|speaker|origin) of"
            r"(?: (?:the|this|that) (?:quote|quotation|line|saying|phrase|sentence))?[\s:,]+(?P<q>.+)$",
            "phrase",
            "en",
        ),
        (
            r"^wer hat (?:(?:den satz|das zitat|die worte|die aussage|folgendes|das|dies) )?gesagt"
            r"[\s:,]+(?P<q>.+)$",
            "phrase",
            "de",
        ),
        (r"^wer hat (?P<q>.+?)[\s,]+(?:gesagt|geschrieben|getwittert|behauptet)$", "phrase", "de"),
        (r"^wer (?:sagte|sagt|schrieb|twitterte|meinte)[\s:,]+(?P<q>.+)$", "phrase", "de"),
        (
            r"^von wem (?:stammt|stammen|ist|sind|kommt|kommen)(?: (?:das|dieses|der|dieser|die"
            r"|diese))?(?: (?:zitat|satz|aussage|spruch|worte|äußerung|äusserung|aeusserung))?"
            r"[\s:,]+(?P<q>.+)$",
            "phrase",
            "de",
        ),
        (
            r"^wessen (?:zitat|satz|aussage|spruch|worte) (?:ist|sind|war|waren)[\s:,]+(?P<q>.+)$",
            "phrase",
            "de",
        ),
        # How often a person is quoted: their quotations, whose header gives the count.
        (
            r"^how many (?:quotes|quotations|statements|times)(?: (?:do|did) you have| are there"
            r"| have you got| do you know| (?:is|was) there)? (?:from|by|of) (?P<q>.+?)$",
            "speaker",
            "en",
        ),
        (
            r"^how (?:many times|often) (?:did|does|has|have|was|is) (?P<q>.+?) (?:been |get |got )?"
            r"(?:say|said|speak|spoke|spoken|talk|talked|comment|commented|quoted|cited)"
            rf"(?: anything| something)?{_T_EN}$",
            "speaker",
            "en",
        ),
        (
            r"^wie (?:oft|viele male|häufig|haeufig) (?:hat|hatte|wurde|wird|ist) (?P<q>.+?)"
            rf"(?: (?:etwas|was|sich))?{_T_DE} (?:{_SAID_DE}|zitiert|geäußert|geaeussert)"
            r"(?: worden)?$",
            "speaker",
            "de",
        ),
        (
            rf"^wie viele {_QUOTE_NOUNS_DE} (?:(?:gibt es|gibt's|gibts|hast du|kennst du|hat) )?"
            rf"(?:(?:von|vom) )?(?P<q>.+?){_T_DE}$",
            "speaker",
            "de",
        ),
        # What a person said (about something).
        (
            r"^what (?:did|has|does|have|had|do|would) (?P<q>.+?) (?:ever |just |recently |really )?"
            rf"{_SAY_EN}(?: (?:to|publicly|recently|lately))*{_T_EN}$",
            "speaker",
            "en",
        ),
        (rf"^what (?P<q>.+?) {_SAID_EN}{_T_EN}$", "speaker", "en"),
        (
            r"^(?:did|has|does|have|had) (?P<q>.+?) (?:ever |already |recently )?(?:say|said"
            r"|mention|mentioned|talk|talked|speak|spoken|spoke|comment|commented|tweet|tweeted)"
            rf"(?: (?:anything|something|a word|much|a lot|out|publicly))?{_T_EN}$",
            "speaker",
            "en",
        ),
        (
            rf"^(?:show (?:me )?)?(?:(?:all|the|any|some|recent|latest) )*{_QUOTE_NOUNS_EN}"
            rf" (?:by|from|of) (?P<q>.+?){_T_EN}$",
            "speaker",
            "en",
        ),
        (
            rf"^(?:anything|everything|something|stuff|all) (?:by|from) (?P<q>.+?){_T_EN}$",
            "speaker",
            "en",
        ),
        (
            r"^(?:(?:what is|what's|what are|what was|what were) )?(?P<q>.+?)(?P<g>'s|’s|'|’)"
            rf" (?:(?:latest|recent|last|best|famous|most recent|all) )*{_QUOTE_NOUNS_EN}{_T_EN}$",
            "speaker",
            "en",
        ),
        (r"^(?:what about|how about|and) (?P<q>.+)$", "speaker", "en"),
        (
            r"^(?:what )?(?:do you have|have you got|is there anything|is there something"
            r"|anything|something) (?P<f>on|about|from|by) (?P<q>.+)$",
            "speaker",
            "en",
        ),
        (r"^(?P<f>about) (?P<q>.+)$", "speaker", "en"),
        (
            rf"^was {_HAS_DE} (?:denn |eigentlich |so |mal |überhaupt |ueberhaupt )*(?P<q>.+?){_T_DE}"
            r" (?:so |denn |eigentlich |alles |bisher |zuletzt )*"
            rf"(?:{_SAID_DE})$",
            "speaker",
            "de",
        ),
        (rf"^was {_SAY_DE} (?:denn |eigentlich |so )*(?P<q>.+?){_T_DE}$", "speaker", "de"),
        (
            rf"^was (?P<q>.+?){_T_DE} (?:so |alles |denn |eigentlich )*(?:(?:{_SAID_DE})"
            rf" (?:hat|hatte|haben)|{_SAY_DE})$",
            "speaker",
            "de",
        ),
        (
            rf"^{_HAS_DE} (?P<q>.+?)(?: {_SOMETHING_DE})?{_T_DE} (?:{_SAID_DE})$",
            "speaker",
            "de",
        ),
        (rf"^{_HAS_DE} (?P<q>.+?) sich{_T_DE} (?:geäußert|geaeussert)$", "speaker", "de"),
        (
            rf"^(?P<q>.+?) {_SOMETHING_DE}{_T_DE} (?:{_SAID_DE}) (?:hat|hatte)$",
            "speaker",
            "de",
        ),
        (
            rf"^(?:(?:alle|die|neueste|letzte) )*{_QUOTE_NOUNS_DE} (?:von|vom|des|der)"
            rf" (?P<q>.+?){_T_DE}$",
            "speaker",
            "de",
        ),
        (
            rf"^(?P<q>.+?)(?P<g>'s|’s|'|’|s)? (?:(?:neueste|neuesten|letzte|letzten|aktuelle"
            rf"|aktuellen|alle) )*{_QUOTE_NOUNS_DE}{_T_DE}$",
            "speaker",
            "de",
        ),
        (
            rf"^(?:etwas|was|irgendwas|alles) (?:von|vom) (?P<q>.+?){_T_DE}$",
            "speaker",
            "de",
        ),
        (
            r"^(?:und|was ist mit|wie steht es mit|wie sieht es mit) (?P<q>.+?)(?: aus)?$",
            "speaker",
            "de",
        ),
        (r"^(?:who is|who's|who was) (?P<q>.+)$", "speaker", "en"),
        (r"^(?:wer ist|wer war) (?P<q>.+)$", "speaker", "de"),
        (
            r"^(?P<q>.+?) (?:has |had |ever |already )*(?:said|say|says|mentioned)"
            rf" (?:anything|something){_T_EN}$",
            "speaker",
            "en",
        ),
    ]
]
# "Did X say Y" comes before "what did X say (about Y)": after the theme, phrase and count
# forms, which it must not take ("wer hat gesagt, dass …", "hat X etwas zu Y gesagt" stay
# theirs), and before "hat X … gesprochen" would read "von einer Botschaft" as the name.
_FIRST_SPEAKER_FORM = next(
    i for i, (pattern, _, _) in enumerate(_PATTERNS) if pattern.pattern.startswith("^what (?:did")
)
_PATTERNS[_FIRST_SPEAKER_FORM:_FIRST_SPEAKER_FORM] = _CHECK_PATTERNS
_PATTERNS += _CHECK_LAST_PATTERNS
# A name and a topic with nothing around them: "Baerbock über die Ukraine", "Reeves on tax".
_BARE_TOPIC_RE = re.compile(rf"^(?P<q>.+?) (?P<c>{_TOPIC_ANY}) (?P<t>.+)$", re.I | re.S)
_GERMAN_JOINERS = frozenset({"über", "ueber", "zu", "zum", "zur", "bezüglich", "bezueglich"})

# Leading words of a phrase that are not the phrase: "who said that …", "something like …".
_PHRASE_LEAD_RE = re.compile(
    r"^(?:(?:something|anything|sth) like|the (?:words|quote|quotation|line|phrase|sentence)"
    r"|this|the following|(?:so )?etwas wie|sowas wie|so was wie|folgendes|den satz|das zitat"
    r"|die worte|die aussage|sinngemäß|sinngemaess|that|dass|daß)(?:[\s:,]+|$)",
    re.I,
)
# Words of the question forms put right when one typo away (_form_typo_fixes).
_TYPO_FIRST = ("what", "who", "was", "wer", "did", "hat", "has", "quotes", "zitate")
_TYPO_SECOND = ("did", "does", "has", "had", "hat", "have", "sagte", "sagt", "said", "says")
_TYPO_LAST = ("say", "said", "says", "sagt", "sagte", "gesagt", "sagen", "gesprochen")
MAX_TYPO_FIXES = 24
# "compare what X and Y said about Z", "vergleiche, was X und Y zur Rente gesagt haben".
_COMPARE_RE = re.compile(
    r"^(?:compare|vergleiche?|vergleichen sie)[\s,:]+(?:what|was) (?P<a>.+?) (?:and|und|&) (?P<b>.+?)"
    r"(?: (?:have |had )?(?:said|say|says|were saying|think|thought)(?: (?P<ct>.+))?"
    r"| (?:(?P<bt>.+?) )?(?:gesagt|sagten|sagen|meinen|meinten)(?: haben| hatten)?)?$",
    re.I | re.S,
)
_COMPARE_TOPIC_RE = re.compile(rf"^(?P<b>.+?) (?P<c>{_TOPIC_ANY}) (?P<t>.+)$", re.I | re.S)
# Negation after the name of a negative question: no part of the name.
_NEGATION_TAIL_RE = re.compile(
    r"(?:\s+(?:nie|niemals|nichts|nicht|never|not|nothing|ever|jemals|noch|gar|really|wirklich))+$",
    re.I,
)
# "Herr Müller", "Mrs Smith": a title that tells the gender (or none) and is no name.
_HONORIFIC_RE = re.compile(
    r"^(?P<h>herrn?|frau|mr|mrs|ms|miss|sir|dame|lady|lord|dr|prof|professor|doktor)\.?\s+(?P<q>.+)$",
    re.I,
)
_HONORIFIC_GENDER = {
    "herr": "m",
    "herrn": "m",
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "frau": "f",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}
# Words that only make up question forms: a question of nothing else names nobody.
_FORM_WORDS_EN = frozenset(
    "what did does has have say said says who quotes quote quotations by from of about the"
    " show me anything something tell was were been is".split()
)
_FORM_WORDS_DE = frozenset(
    "was hat sagte sagt gesagt wer zitate zitat von vom über ueber zu zur zum der die das"
    " zeig mir etwas aussagen wurde wird worden alles".split()
)
# A name that is no name: "what did he say" asks about someone the chat does not know.
PRONOUNS = frozenset(
    "he she him her they them it his hers their this that someone somebody anyone anybody"
    " you i me we er sie ihm ihn ihr es sein seine ihre dieser diese jemand jemanden du ich"
    " wir man".split()
)


# Pictographs, dingbats, arrows and emoji with their joiners and variation selectors.
_SYMBOLS_RE = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff"
    "\U0001f000-\U0001faff\ufe0f\u200d]+"
)
# A web address ("was sagte X https://…", "www.example.org/…").
_URL_RE = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"„“”»«]+", re.I)
_BARE_COMMAND_RE = re.compile(r"^/\w+(?:@\w+)?$")
# A question mark followed by more text: "Was hat Austin gesagt? Und was Stoltenberg?"
_QUESTION_SPLIT_RE = re.compile(r"(?<=\?)\s+(?=\S)")
_QUOTE_MARKS = frozenset(QUOTE_CHARS) - {"'", "’"}


def _drop_time(text: str) -> str:
    """The question without words that say when ("what did X say last week")."""
    return drop_time(text)


def _clean(text: str) -> str:
    """Trim whitespace, trailing ?!. and quote marks around the whole text."""
    text = " ".join(text.split())
    prev = None
    while prev != text:
        prev = text
        text = text.strip().rstrip("?!.…").strip()
        if len(text) >= 2 and text[0] in QUOTE_CHARS and text[-1] in QUOTE_CHARS:
            text = text[1:-1]
    return text


def _is_quoted(text: str) -> bool:
    text = text.strip().rstrip("?!.…").strip()
    return len(text) >= 2 and text[0] in QUOTE_CHARS and text[-1] in QUOTE_CHARS


def _clean_phrase(text: str) -> str:
    prev = None
    while prev != text:
        prev = text
        m = _PHRASE_LEAD_RE.match(text)
        if m and text[m.end() :].strip():
            text = _clean(text[m.end() :])
    return text


def parse_question(text: str) -> ParsedQuestion:
    """Which kind of question this is, and the name or phrase it is about."""
    raw = " ".join((text or "").split())
    if raw != "?" and not any(char.isalnum() for char in raw):
        # Only emoji or punctuation ("👍", "…"): nothing is asked (nobody is called so).
        return ParsedQuestion("empty", "")
    # Emoji and pictographs ("Merz? 🤔", "Zitate von X 🚄") and links pasted along are no
    # part of a question.
    plain = " ".join(_SYMBOLS_RE.sub(" ", raw).split())
    raw = plain or raw
    unlinked = " ".join(_URL_RE.sub(" ", raw).split())
    if unlinked and not _BARE_COMMAND_RE.match(unlinked):
        raw = unlinked  # a link alone ("/who https://…") is what is asked, as a phrase
    parts = _QUESTION_SPLIT_RE.split(raw) if len(raw) <= MAX_FORM_CHARS else [raw]
    if 1 < len(parts) <= MAX_QUESTIONS and not any(c in raw for c in _QUOTE_MARKS):
        # Several questions in one message ("Was hat Austin gesagt? Und was Stoltenberg?"):
        # the first that has a question form is answered.
        for part in parts:
            parsed, by_form = _parse_one(part)
            if by_form and parsed.intent not in {"help", "empty"}:
                return parsed
    return _parse_one(raw)[0]


def _parse_one(raw: str) -> tuple[ParsedQuestion, bool]:
    """The parsed question, and whether a question form (not a fallback) read it."""
    if not raw:
        return ParsedQuestion("empty", ""), False
    if raw == "?":
        return ParsedQuestion("help", ""), True
    m = _SLASH_RE.match(raw)
    if m:
        intent = _SLASH_INTENTS.get(m.group(1).lower())
        if intent is not None:
            lang = "de" if m.group(1).lower() in {"zitate", "wer", "hilfe", "neueste"} else "en"
            rest = m.group(2) or ""
            # "/quotes Scholz gestern", "/latest heute": the time is no part of the name.
            when = tuple(time_words(rest)) if intent in {"latest", "speaker"} else ()
            if when:
                rest = _drop_time(rest)
            if intent == "latest":
                return ParsedQuestion(intent, _clean(rest), lang, when=when), True
            query = _clean(rest) if intent in {"speaker", "phrase"} else ""
            if intent in {"speaker", "phrase"} and not query:
                return ParsedQuestion("empty", "", lang), True
            return ParsedQuestion(intent, query, lang, when=when), True
        # An unknown command: treat the rest as a name (or the command word itself).
        raw = m.group(2) or m.group(1)
    quoted = _is_quoted(raw)
    cleaned = _clean(raw)
    if not cleaned:
        return ParsedQuestion("empty", ""), False
    compared = None if quoted else _compare(cleaned)
    if compared is not None:
        return compared, True
    long_text = len(cleaned) > MAX_FORM_CHARS
    unwrapped, wrap_lang = (cleaned, None) if long_text else _unwrap(cleaned)
    unwrapped = _clean(unwrapped)
    for candidate in _unique_list([unwrapped, cleaned]):
        parsed = _match_forms(candidate, phrase_only=long_text)
        # "what did X say last week", "Zitate von X im März": the time is no part of the
        # name or theme; it is kept aside (`when`) to choose the quotations by their
        # articles' dates. A phrase keeps its words, and so does a claim that has them
        # after its start ("did X say taxes would rise next year").
        when = () if long_text or quoted else tuple(time_words(candidate))
        if when and (parsed is None or parsed.intent != "phrase"):
            if parsed is not None and parsed.intent == "check" and _time_in_claim(parsed, when):
                return _with_honorific(parsed), True
            untimed = _drop_time(candidate)
            if not untimed or _only_form_words(untimed):
                # "Zitate von heute", "what was said yesterday": the newest quotations.
                lang = (parsed.lang if parsed else None) or wrap_lang or _form_lang(untimed)
                return ParsedQuestion("latest", "", lang, when=when), True
            parsed = _match_forms(untimed) or parsed
            if parsed is not None and parsed.intent != "phrase":
                parsed.when = when
        if parsed is not None:
            return _with_honorific(parsed), True
    if not long_text and not quoted:
        # "waht did stoltenbreg sya", "was hat X gesagd": a question form with a typo in
        # its own words (never in the name) is read as that form.
        for fixed in _form_typo_fixes(unwrapped):
            parsed = _match_forms(fixed)
            if parsed is not None and parsed.intent not in {"phrase", "empty", "help"}:
                return _with_honorific(parsed), True
    words = normalize(unwrapped).split()
    # A pasted passage ("Wir haben lange genug gewartet, sagte sie") is in the language
    # of its words; a name or a few keywords say none.
    lang = wrap_lang or (passage_language(unwrapped) if len(words) >= 5 else None) or "en"
    if _only_form_words(unwrapped):
        # "zitate von", "who said": a question form with nobody in it.
        return ParsedQuestion("empty", "", wrap_lang or _form_lang(unwrapped)), False
    pasted_text = unwrapped
    when = ()
    if not quoted and not long_text:
        unwrapped = _drop_time(unwrapped) or unwrapped
        when = tuple(time_words(pasted_text)) if unwrapped != pasted_text else ()
    m = _BARE_TOPIC_RE.match(unwrapped)
    if m and not quoted:
        joiner = m.group("c").casefold()
        return _with_honorific(
            ParsedQuestion(
                "speaker",
                _clean(m.group("q")),
                "de" if joiner in _GERMAN_JOINERS else lang,
                _clean(m.group("t")),
                whole=unwrapped,
                # "Biden über die Ukraine" is a name and a theme; a longer passage with
                # "on" or "zu" in it may be a pasted quotation.
                phrase_fallback=len(words) >= 5,
                when=when,
            )
        ), False
    # A pasted fragment ("„keine Verhandlungsmasse“", "die Richtung stimmt aber") is a
    # phrase when nobody is called so; two plain words are more likely a name.
    pasted = quoted or (len(words) >= 3 and not _looks_like_name(pasted_text))
    # A name may begin like a greeting or a request ("Hey", "List"): tried as typed too.
    alts = (cleaned,) if pasted_text != cleaned else ()
    whole = pasted_text if pasted_text != unwrapped else ""
    return _with_honorific(
        ParsedQuestion(
            "speaker",
            unwrapped,
            lang,
            whole=whole,
            alts=alts,
            phrase_fallback=pasted,
            when=when,
        )
    ), False


def _compare(cleaned: str) -> ParsedQuestion | None:
    """ "compare what X and Y said about Z": the question about X (and Z), with Y kept
    in `others` for the reply to name."""
    m = _COMPARE_RE.match(cleaned)
    if not m:
        return None
    german = m.group("bt") is not None or cleaned[:1].casefold() == "v"
    first = _clean(m.group("a"))
    rest = _clean(" ".join(g for g in (m.group("b"), m.group("bt")) if g))
    topic_words = m.group("ct") or ""
    t = _COMPARE_TOPIC_RE.match(rest)
    if t and not topic_words:
        rest, topic_words = t.group("b"), f"{t.group('c')} {t.group('t')}"
    if not first or not rest:
        return None
    if german:
        question = (
            f"was hat {first} {topic_words} gesagt" if topic_words else f"was hat {first} gesagt"
        )
    else:
        question = f"what did {first} say {topic_words}".strip()
    parsed = _match_forms(_clean(question))
    if parsed is None or parsed.intent != "speaker":
        return None
    parsed.others = (rest,)
    return _with_honorific(parsed)


def _form_typo_fixes(text: str) -> list[str]:
    """The question with its first, second or last word put right where one typo away
    from a word of the question forms ("waht did X sya" -> "what did X say")."""
    words = text.split()
    if not 3 <= len(words) <= MAX_NAME_WORDS + 3:
        return []

    def near(word: str, forms: tuple[str, ...]) -> list[str]:
        low = word.casefold()
        if low in forms or len(low) < 3:
            return [word]
        return [word, *(f for f in forms if OSA.distance(low, f) == 1)]

    firsts = near(words[0], _TYPO_FIRST)
    seconds = near(words[1], _TYPO_SECOND)
    lasts = near(words[-1], _TYPO_LAST)
    fixes = []
    for a in firsts:
        for b in seconds:
            for c in lasts:
                fixed = " ".join([a, b, *words[2:-1], c])
                if fixed != text:
                    fixes.append(fixed)
    return fixes[:MAX_TYPO_FIXES]


def _time_in_claim(parsed: ParsedQuestion, when: tuple[str, ...]) -> bool:
    """Whether words that say when are part of what a "did X say Y" question asks X said
    ("… that taxes would rise in 2027"), not when X said it ("did X say yesterday that …")."""
    claim = parsed.claim.casefold()
    return any(w.casefold() in claim and not claim.startswith(w.casefold()) for w in when)


def _form_lang(text: str) -> str:
    """ "de" when a question's form words are more German than English ("was wurde
    gesagt"), else "en"."""
    words = normalize(text).split()
    german = sum(w in _FORM_WORDS_DE for w in words) > sum(w in _FORM_WORDS_EN for w in words)
    return "de" if german else "en"


def _looks_like_name(text: str) -> bool:
    """Every word capitalised ("Kamala Devi Harris", "Frank-Walter Steinmeier")."""
    return all(w[:1].isupper() for w in text.split())


def _is_pronoun(text: str) -> bool:
    words = normalize(text).split()
    return bool(words) and all(w in PRONOUNS for w in words)


def _only_form_words(text: str) -> bool:
    words = normalize(text).split()
    return bool(words) and all(w in _FORM_WORDS_EN or w in _FORM_WORDS_DE for w in words)


def _match_forms(cleaned: str, phrase_only: bool = False) -> ParsedQuestion | None:
    for pattern, intent, lang in _PATTERNS:
        if phrase_only and intent != "phrase":
            continue
        m = pattern.match(cleaned)
        if not m:
            continue
        groups = m.groupdict()
        query = _clean(groups.get("q") or "")
        if intent == "phrase":
            query = _clean_phrase(query)
        topic = _clean(groups.get("t") or groups.get("t2") or "")
        if intent == "topic":
            return ParsedQuestion("topic", topic, lang, topic) if topic else None
        if intent == "empty":
            return ParsedQuestion("empty", "", lang)
        if intent == "check":
            claim = _clean_phrase(_clean(groups.get("y") or ""))
            if not query or not claim or _NO_CLAIM_RE.match(claim) or not claim_words(claim):
                continue  # "did X say anything (about Y)": the speaker forms' question
            splits: tuple[tuple[str, str], ...] = ()
            if groups.get("s"):
                # The name ends somewhere before the claim: every way is tried.
                words = groups["s"].split()
                splits = tuple(
                    (" ".join(words[:k]), " ".join(words[k:]))
                    for k in range(1, min(len(words), MAX_NAME_WORDS) + 1)
                )
            return ParsedQuestion("check", query, lang, claim=claim, splits=splits)
        if intent == "speaker":
            # "hat Austin nie über Russland gesprochen", "did Albers never talk about …"
            query = _NEGATION_TAIL_RE.sub("", query) or query
        if intent in {"speaker", "phrase"} and (not query or _only_form_words(query)):
            return ParsedQuestion("empty", "", lang)
        whole = f"{query} {groups['c']} {topic}" if topic else ""
        alts: tuple[str, ...] = ()
        genitive = groups.get("g")
        if genitive and genitive.casefold() == "s":
            alts = (query + "s",)  # "Habecks Zitate": Habeck, or someone called Habecks
        elif genitive in {"'", "’"} and not query.casefold().endswith(("s", "z", "x", "ß")):
            continue  # "Scholz' Aussagen": a bare apostrophe only after s, z, x
        return ParsedQuestion(
            intent,
            query,
            lang,
            topic,
            whole=whole,
            alts=alts,
            topic_fallback=bool(groups.get("f")),
        )
    return None


def _with_honorific(parsed: ParsedQuestion) -> ParsedQuestion:
    if parsed.intent not in {"speaker", "latest", "check"} or not parsed.query:
        return parsed
    m = _HONORIFIC_RE.match(parsed.query)
    if not m:
        return parsed
    parsed.gender = _HONORIFIC_GENDER.get(m.group("h").casefold())
    parsed.alts = (*parsed.alts, parsed.query)  # "Frau" might be part of a name after all
    parsed.query = m.group("q")
    return parsed


@dataclass
class _NameIndex:
    """Every stored name and alias, normalised once per store version.

    Kept compact so a million quotations by 100,000 people open fast: a dict from each
    word (and its transliteration-folded form) to its owners is the blocking index, the
    word list is what rapidfuzz scans for typos, and only the few people that share a
    word with the question are scored on their whole names.
    """

    version: int
    forms: dict[int, list[str]] = field(default_factory=dict)  # person -> names
    owners: dict[str, list[int]] = field(default_factory=dict)  # word -> people using it
    words: list[str] = field(default_factory=list)  # keys of owners, for rapidfuzz
    # Blocking for typos: words by first letter and by last two letters. One typo rarely
    # changes both ends, and rapidfuzz then scans a few thousand words, not all.
    by_first: dict[str, list[str]] = field(default_factory=dict)
    by_last: dict[str, list[str]] = field(default_factory=dict)
    roles: list[tuple[str, list[int]]] | None = None  # normalised role -> people; lazy


def _build_index(store: Store) -> _NameIndex:
    # Tight loops on purpose: this runs over every name when the index is opened.
    forms: dict[int, list[str]] = defaultdict(list)
    owners: dict[str, list[int]] = defaultdict(list)
    for pid, norm in store.name_forms():
        forms[pid].append(norm)
        for word in norm.split():
            owners[word].append(pid)  # a repeated owner is harmless: hits are dicts
    for word in list(owners):
        folded = fold_word(word)
        if folded != word:
            owners[folded].extend(owners[word])
    index = _NameIndex(version=store.people_version(), forms=dict(forms), owners=dict(owners))
    index.words = list(index.owners)
    by_first: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    for word in index.words:
        by_first[word[0]].append(word)
        by_last[word[-2:]].append(word)
    index.by_first, index.by_last = dict(by_first), dict(by_last)
    return index


def _strip_articles(norm: str) -> str:
    words = norm.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    return " ".join(words)


_ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})


class Asker:
    """Answers questions from one Store; the name index is rebuilt only when data changes."""

    def __init__(
        self, store: Store, settings: Settings, clock: Callable[[], date] = date.today
    ) -> None:
        self.store = store
        self.settings = settings
        # Today's date, for "yesterday" and "last week" (tests fix it).
        self.clock = clock
        self._index: _NameIndex | None = None
        self._sources: tuple[int, dict[str, list[int]]] | None = None

    # --- entry point ---------------------------------------------------------------

    def ask(self, question: str, offset: int = 0, limit: int | None = None) -> Answer:
        parsed = parse_question(question)
        limit = self.settings.page_size if limit is None or limit <= 0 else limit
        offset = max(offset, 0)
        base = Answer(
            question=question,
            intent=parsed.intent,
            status="ok",
            query=parsed.query,
            offset=offset,
            lang=parsed.lang,
            topic=parsed.topic,
            period=self._period(parsed.when),
            others=list(parsed.others),
        )
        if parsed.intent == "empty":
            base.status = "empty"
            return base
        if is_more(question):
            # "more" reaches the core only when the chat has nothing left to page through.
            base.intent = "more"
            base.status = "no_more"
            base.lang = "de" if question.strip(" .!?…").casefold() in {"mehr", "weiter"} else "en"
            return base
        if parsed.intent == "help":
            base.status = "help"
            return base
        if parsed.intent == "speakers":
            return self._speakers(base, offset, limit)
        if parsed.intent == "topic":
            return self._topic(base, parsed.topic, offset, limit)
        if parsed.intent == "latest" and not parsed.query:
            return self._latest(base, offset, limit)
        if parsed.intent == "phrase":
            answer = self._phrase(base, parsed.query, offset, limit)
        elif parsed.intent == "check":
            answer = self._check(base, parsed, offset, limit)
        else:
            answer = self._speaker(base, parsed, offset, limit)
            if parsed.others and answer.status != "ok":
                # "compare what X and Y said": when X is not one known person, Y first.
                swapped = replace(
                    parsed, query=parsed.others[0], whole="", alts=(), others=(parsed.query,)
                )
                other = self._speaker(replace(base, others=[parsed.query]), swapped, offset, limit)
                if other.status == "ok":
                    answer = other
        if answer.status in {"no_match", "unknown_speaker"}:
            # "my aunt says the mayor of Eastfield said something about parks, what was
            # it?": no form reads it, but a role or a name stands in it.
            story = self._story(question, offset, limit)
            if story is not None:
                return story
        return answer

    # --- a question told as a story --------------------------------------------------

    def _story(self, question: str, offset: int, limit: int) -> Answer | None:
        """A long question with a role or a name inside a story ("Mein Nachbar hat
        erzählt, dass der Bundesarbeitsminister irgendwas zur Rente gesagt hat"): that
        person's quotations, those with most of the story's other words first. A role
        every word of which fits beats a name of one word; of several people, the one
        quoted with the story's words; None when nobody is named so."""
        text = " ".join(_URL_RE.sub(" ", question).split())
        if (
            len(text.split()) < STORY_MIN_WORDS
            or len(text) > MAX_FORM_CHARS
            or not _STORY_CUE_RE.search(text)
        ):
            return None
        best: tuple[tuple[int, int], list[PersonRow], list[str]] | None = None
        for rank, people, span in self._story_mentions(text):
            if people and (best is None or rank > best[0]):
                best = (rank, people, span)
        if best is None:
            return None
        _, people, span = best
        used = {w.casefold() for w in span}
        rest = " ".join(w for w in _STORY_WORD_RE.findall(text) if w.casefold() not in used)
        terms = claim_terms(rest)
        norm_rest = normalize(rest)

        def scored(person: PersonRow) -> list[tuple[float, QuoteHit]]:
            # the sentence around a quotation tells its occasion ("after the UN vote")
            pairs = self.store.quotes_of_person_all(person.id)
            return [
                (claim_score(terms, norm_rest, f"{norm} {normalize(hit.sentence)}"), hit)
                for hit, norm in pairs
            ]

        answer = Answer(
            question=question,
            intent="speaker",
            status="ok",
            query=" ".join(span),
            offset=offset,
            lang=detect_language(text),
        )
        ranked = sorted(
            ((max((s for s, _ in scored(p)), default=0.0), p) for p in people),
            key=lambda sp: -sp[0],
        )
        if len(ranked) > 1 and (ranked[0][0] == 0.0 or ranked[0][0] == ranked[1][0]):
            answer.status = "ambiguous"
            answer.candidates = [_candidate(p, 100.0) for _, p in ranked[:MAX_CANDIDATES]]
            return answer
        person = ranked[0][1]
        answer.speaker = SpeakerRef(person.name, person.roles[0] if person.roles else None)
        hits = [hit for _, hit in sorted(scored(person), key=lambda sh: -sh[0])]
        hits = dedupe(hits)
        answer.total = len(hits)
        answer.quotes = hits[offset : offset + limit]
        return answer

    def _story_mentions(self, text: str):
        """(rank, people, words) for each role or name in a story: a role after an
        article ("the mayor of Eastfield", "der Bundesarbeitsminister") whose words all
        fit someone's role (rank 2) or half of them (rank 0), a capitalised full name
        (rank 3) or surname (rank 1) of a quoted person."""
        for clause in _STORY_BREAK_RE.split(text):
            words = _STORY_WORD_RE.findall(clause)
            for i, word in enumerate(words):
                if word.casefold() in _STORY_DETERMINERS:
                    found = self._story_role(words[i : i + 1 + STORY_SPAN_WORDS])
                    if found is not None:
                        yield found
                elif word[:1].isupper() and len(word) >= 4 and i > 0:
                    pair = words[i : i + 2]
                    if len(pair) == 2 and pair[1][:1].isupper():
                        people = self._story_name(" ".join(pair))
                        if people:
                            yield (3, 2), people, pair
                            continue
                    people = self._story_name(word)
                    if people:
                        yield (1, 1), people, [word]

    def _story_role(
        self, words: list[str]
    ) -> tuple[tuple[int, int], list[PersonRow], list[str]] | None:
        """The longest role after an article ('the', words[0]) that fits someone in
        every word, else the longest that fits in half of them; with a role noun in it."""
        partial = None
        for n in range(len(words) - 1, 0, -1):
            span = words[: 1 + n]
            if not any(_is_role_word(w) for w in span[1:]):
                continue
            full, elsewhere = self._role_people(" ".join(span))
            if full and full[0][1] >= 100.0:
                people = [p for p, _ in full if p.n_quotes]
                if people:
                    return (2, n), people, span
            people = [p for p, _ in full + elsewhere if p.n_quotes]
            if people and partial is None:
                partial = (0, n), people, span
        return partial

    def _story_name(self, name: str) -> list[PersonRow]:
        """Quoted people a story's capitalised word(s) name exactly."""
        matches = self.match_people(name)
        # An organisation's one word ("Zeitung") is too common a word in a story.
        return [
            p
            for p, s in matches
            if s >= 100.0 and p.n_quotes and (p.kind == "person" or " " in name)
        ]

    # --- dates ---------------------------------------------------------------------

    def _period(self, when: tuple[str, ...]) -> tuple[str, str] | None:
        """The first and last day (ISO) the question's time words mean, counted from
        today; None when it has none or they name no span ("recently")."""
        today = self.clock()
        for expression in when:
            found = resolve(expression, today)
            if found is not None:
                return found.iso()
        return None

    def _dated(
        self, answer: Answer, items: list[_T], date_of: Callable[[_T], str | None]
    ) -> list[_T]:
        """Of quotations (newest first), those of articles dated in the answer's period;
        when none is, all of them (answer.period_found tells which). Undated articles are
        never in a period."""
        if answer.period is None:
            return items
        inside = [item for item in items if in_period(date_of(item), answer.period)]
        answer.period_found = bool(inside)
        return inside or items

    # --- speakers list -------------------------------------------------------------

    def _speakers(self, answer: Answer, offset: int, limit: int) -> Answer:
        answer.status = "speakers"
        # The list is short text; show more names than quotations per page.
        rows = self.store.speakers(limit=offset + max(limit, 20))
        answer.candidates = [Candidate(name, float(n)) for name, n in rows[offset:]]
        answer.total = self.store.count_speakers()
        return answer

    # --- newest quotations ---------------------------------------------------------

    def _latest(self, answer: Answer, offset: int, limit: int) -> Answer:
        hits: list[QuoteHit] = []
        if answer.period:
            # "was wurde letzte Woche gesagt": the newest of articles dated then.
            dated = self.store.quotes_dated(*answer.period, limit=MAX_LATEST * 4)
            hits = dedupe([hit for hit in dated if in_period(hit.date, answer.period)])
            answer.period_found = bool(hits)
        hits = hits or dedupe(self.store.latest_quotes(limit=MAX_LATEST))
        answer.total = len(hits)
        answer.quotes = hits[offset : offset + limit]
        answer.status = "ok" if hits else "no_match"
        return answer

    # --- did X say Y ----------------------------------------------------------------

    def _check(self, answer: Answer, parsed: ParsedQuestion, offset: int, limit: int) -> Answer:
        """'did Austin say he would defend every inch': Austin's quotations that say so,
        best first; when none does, all of them under a line that says so."""
        if parsed.splits:
            # "hat Brandl mehr Geld gefordert": the name is the start that names someone
            # best (on a tie the longer one); when none does, the form's own reading.
            best: tuple[tuple[float, int], str, str] | None = None
            for name, claim in parsed.splits:
                matches = [] if _is_pronoun(name) else self.match_people(name)
                key = (matches[0][1] if matches else 0.0, len(name.split()))
                if best is None or key > best[0]:
                    best = (key, name, claim)
            if best and best[0][0] >= self.settings.name_threshold:
                parsed = replace(parsed, query=best[1], claim=best[2])
        if not parsed.claim:
            # "hat Ursula von der Leyen gesprochen": a name and nothing said.
            answer.intent = "speaker"
            return self._speaker(answer, replace(parsed, intent="speaker"), offset, limit)
        answer.query = parsed.query
        answer.claim = parsed.claim
        return self._speaker(answer, parsed, offset, limit)

    def _claim_fits(
        self, pairs: list[tuple[QuoteHit, str]], claim: str, share: float = CLAIM_SHARE
    ) -> list[QuoteHit]:
        """Of (quotation, normalised text) pairs, those saying the claim (at least `share`
        of its words), best first."""
        terms = claim_terms(claim)
        norm_claim = normalize(claim)
        scored = [
            (score, i, hit)
            for i, (hit, norm_text) in enumerate(pairs)
            if (score := claim_score(terms, norm_claim, norm_text)) >= share
        ]
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [hit for _, _, hit in scored]

    # --- finding the person --------------------------------------------------------

    def name_index(self) -> _NameIndex:
        version = self.store.people_version()
        if self._index is None or self._index.version != version:
            self._index = _build_index(self.store)
        return self._index

    def nameless_mentions(self) -> dict[str, list[int]]:
        """Store.nameless_mentions, read again only when the index has changed."""
        version = self.store.people_version()
        if self._sources is None or self._sources[0] != version:
            self._sources = (version, self.store.nameless_mentions())
        return self._sources[1]

    def _word_hits(self, index: _NameIndex, word: str, cutoff: float) -> dict[int, float]:
        """People with a name word like `word` (or its folded form), with the best score."""
        keys = _unique_list([word, fold_word(word)])
        hits: dict[int, float] = {}
        exact = [k for k in keys if k in index.owners]
        if exact:
            for key in exact:
                for pid in index.owners[key]:
                    hits[pid] = 100.0
            return hits
        for key in keys:
            block = index.by_first.get(key[0], []) + index.by_last.get(key[-2:], [])
            for found, score, _ in process.extract(
                key,
                block,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=cutoff,
                limit=MAX_FUZZY_WORDS,
            ):
                if len(key) <= SHORT_WORD and OSA.distance(key, found) > 1:
                    # "boris" is no typo of "ortis": a short word has one slip at most,
                    # else it is only suggested.
                    score = min(score, self.settings.name_threshold - 1.0)
                for pid in index.owners[found]:
                    if score > hits.get(pid, -1.0):
                        hits[pid] = score
        return hits

    def _scored(self, norm: str) -> dict[int, float]:
        """Person id -> how well `norm` names them (0-100), for people that share a word
        with it (exactly, folded, or with a typo)."""
        index = self.name_index()
        cutoff = self.settings.suggest_threshold
        words = [w for w in norm.split() if len(w) >= 2] or norm.split()
        per_word = [self._word_hits(index, w, cutoff) for w in words]
        # Blocking: the people matching most of the question's words.
        matched: dict[int, int] = {}
        for hits in per_word:
            for pid in hits:
                matched[pid] = matched.get(pid, 0) + 1
        if not matched:
            return {}
        most = max(matched.values())
        pool = [pid for pid, n in matched.items() if n == most]
        if len(pool) > MAX_SCORED_PEOPLE:
            strength = {pid: sum(h.get(pid, 0.0) for h in per_word) for pid in pool}
            pool = sorted(pool, key=lambda pid: (-strength[pid], pid))[:MAX_SCORED_PEOPLE]
        choices: list[str] = []
        owner: list[int] = []
        for pid in pool:
            for form in index.forms.get(pid, ()):
                choices.append(form)
                owner.append(pid)
                folded = fold_name(form)
                if folded != form:
                    choices.append(folded)
                    owner.append(pid)
        best: dict[int, float] = {}

        def take(hits: list[tuple[str, float, int]], factor: float) -> None:
            for _, score, i in hits:
                pid = owner[i]
                if score * factor > best.get(pid, -1.0):
                    best[pid] = score * factor

        for query in _unique_list([norm, fold_name(norm)]):
            # Whole names, one typo or two anywhere ("jens stoltenbreg").
            take(
                process.extract(
                    query,
                    choices,
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=cutoff,
                    limit=None,
                ),
                1.0,
            )
            # Word order and extra words ("US-Verteidigungsminister Lloyd Austin"). Scaled
            # like WRatio does, so an exact name beats a name that is merely contained.
            take(
                process.extract(
                    query,
                    choices,
                    scorer=fuzz.token_set_ratio,
                    processor=None,
                    score_cutoff=cutoff / TOKEN_SET_SCALE,
                    limit=None,
                ),
                TOKEN_SET_SCALE,
            )
        if len(words) == 1:
            # One word: a first or last name, possibly misspelt ("stoltenbreg").
            for pid, score in per_word[0].items():
                if pid in pool and score > best.get(pid, -1.0):
                    best[pid] = score
            if len(words[0]) <= SHORT_WORD:
                # A short word is no closer to a whole name than to its closest word
                # ("boris" is not "Ortiz" by way of a spelling of it).
                best = {pid: min(score, per_word[0].get(pid, score)) for pid, score in best.items()}
        return best

    def match_people(self, query: str) -> list[tuple[PersonRow, float]]:
        """People whose name or alias is close to `query`, best first (score >= suggest).

        On equal scores the more quoted person comes first. Only the best
        MAX_RANKED are looked up and returned."""
        norm = normalize(query)
        if not norm:
            return []
        best = self._scored(norm)
        top = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RANKED]
        rows = self.store.people_by_ids([pid for pid, _ in top])
        ranked = sorted(
            ((rows[pid], score) for pid, score in top if pid in rows),
            key=lambda ps: (-ps[1], -ps[0].n_quotes, ps[0].id),
        )
        return ranked

    def match_role(self, query: str) -> list[tuple[PersonRow, float]]:
        """People whose stored role fits a role question ("the Nato secretary general",
        "der Generalsekretär"), best first; score = share of the role words found."""
        return self._role_people(query)[0]

    def _role_people(
        self, query: str
    ) -> tuple[list[tuple[PersonRow, float]], list[tuple[PersonRow, float]]]:
        """People whose role fits a role question, best first, and those whose role fits
        but who are not known in the place the question names.

        Of roles that fit equally, the one saying least besides comes first ("the
        chancellor": the chancellor before the shadow chancellor). Question words a role
        lacks ("die Bürgermeisterin von Hohenstein", "the Bavarian prime minister") must
        be found in the person's quotations or the headlines over them.

        A compound no role has whole ("die Bahnchefin") is also tried as its parts
        ("Chefin der Deutschen Bahn")."""
        words = role_query(normalize(query))
        found = self._role_words_people(words)
        split = _split_role_compounds(words)
        if split != words and not (found[0] and found[0][0][1] >= 100.0):
            parts = self._role_words_people(split)
            if parts[0] and parts[0][0][1] >= 100.0:
                return parts
        return found

    def _role_words_people(
        self, words: list[str]
    ) -> tuple[list[tuple[PersonRow, float]], list[tuple[PersonRow, float]]]:
        """_role_people for the role question's words."""
        if not words:
            return [], []
        index = self.name_index()
        if index.roles is None:
            by_role: dict[str, list[int]] = {}
            for pid, role in self.store.role_forms():
                by_role.setdefault(normalize(role), []).append(pid)
            # In the words questions are turned into (once per distinct role): an English
            # role ("Chancellor", "Ukrainian President") then meets "der Kanzler".
            translated: dict[str, list[int]] = {}
            for role, people in by_role.items():
                translated.setdefault(" ".join(role_query(role)), []).extend(people)
            index.roles = list(translated.items())
        best: dict[int, tuple[int, int, str]] = {}  # person -> (score, -extra, role)
        for role, people in index.roles:
            n = role_score(words, role)
            if n:
                key = (n, -role_extra(words, role), role)
                for pid in people:
                    if pid not in best or key[:2] > best[pid][:2]:
                        best[pid] = key
        if not best:
            return [], []
        top = max(n for n, _, _ in best.values())
        if top * 2 < len(words):
            return [], []  # fewer than half the words: not this role
        ids = sorted(pid for pid, (n, _, _) in best.items() if n == top)[:MAX_RANKED]
        rows = self.store.people_by_ids(ids)
        score = round(100.0 * top / len(words), 1)
        people = sorted(
            ((rows[pid], score) for pid in ids if pid in rows),
            key=lambda ps: (-best[ps[0].id][1], -ps[0].n_quotes, ps[0].id),
        )
        if top == len(words):
            return people, []
        placed = []
        for person, s in people:
            fits = role_matches(words, best[person.id][2])
            missing = [w for w, fit in zip(words, fits, strict=True) if not fit]
            if all(self._said_in(person.id, topic_terms(w)) for w in missing):
                placed.append((person, s))
        return placed, [ps for ps in people if ps not in placed]

    def _resolve(self, parsed: ParsedQuestion) -> tuple[list[tuple[PersonRow, float]], str, str]:
        """Matches for the question's name, the topic left (the name may have eaten it)
        and the name as read ("Habecks Zitate": Habeck)."""
        matches = self.match_people(parsed.query)
        query, topic = parsed.query, parsed.topic
        for alt in parsed.alts:
            other = self.match_people(alt)
            if other and (not matches or other[0][1] > matches[0][1]):
                matches, query = other, alt
        if topic and parsed.whole:
            whole = self.match_people(parsed.whole)
            if whole and whole[0][1] >= self.settings.name_threshold:
                if not matches or whole[0][1] > matches[0][1]:
                    return whole, "", parsed.whole
        return matches, topic, query

    def _narrow(
        self,
        people: list[tuple[PersonRow, float]],
        parsed: ParsedQuestion,
        topic: str,
        period: tuple[str, str] | None = None,
    ) -> list[tuple[PersonRow, float]]:
        """Of several people who fit a name or role equally, those the question points at.

        A title the user gave ("Frau Müller", "Mr Smith") keeps the people of its gender.
        A topic only orders: those quoted about it come first, and the others are dropped
        when several were; the bot never picks one person by itself from what they said
        ("what did Smith say about the budget" still asks which Smith). A claim ("did Smith
        say Y") picks the one quoted saying it, as "who said Y" would, and a period ("what
        did Smith say last week") the one quoted in articles dated then. Never narrows to
        nobody."""
        if parsed.gender:
            fitting = [ps for ps in people if person_gender(ps[0]) == parsed.gender]
            people = fitting or people
        if len(people) > 1:
            people = self._titled(people, parsed.query)
        if topic and len(people) > 1:
            terms = topic_terms(_strip_articles(normalize(topic)))
            about = [ps for ps in people if self._about(ps[0].id, terms)] or [
                ps for ps in people if self._headlined(ps[0].id, terms)
            ]
            if len(about) > 1:
                people = about
            elif about:
                people = about + [ps for ps in people if ps not in about]
        if parsed.claim and len(people) > 1:
            # "did Smith say Y": like "who said Y" among the Smiths, the one quoted so
            # (most of its words: choosing a person takes more than ordering quotations).
            saying = [
                ps
                for ps in people
                if self._claim_fits(
                    self.store.quotes_of_person_all(ps[0].id), parsed.claim, CLAIM_PICK_SHARE
                )
            ]
            if len(saying) == 1:
                return saying
            people = saying + [ps for ps in people if ps not in saying]
        if period and len(people) > 1:
            dated = [
                ps
                for ps in people
                if any(
                    in_period(hit.date, period)
                    for hit, _ in self.store.quotes_of_person_all(ps[0].id)
                )
            ]
            if len(dated) == 1:
                return dated
            people = dated + [ps for ps in people if ps not in dated]
        return people

    def _titled(
        self, people: list[tuple[PersonRow, float]], query: str
    ) -> list[tuple[PersonRow, float]]:
        """Of namesakes, those whose stored role has the title the question gives with the
        name ("Senator Holloway", "OB Kettler", "Min. Brenneisen"); all when none has it."""
        words = normalize(query).split()
        names = {
            w
            for person, _ in people
            for form in (person.name, *person.aliases)
            for w in normalize(form).split()
        }
        title = role_query(" ".join(w for w in words if w not in names))
        if not title:
            return people
        fitting = [
            ps
            for ps in people
            if any(role_score(title, " ".join(role_query(normalize(r)))) for r in ps[0].roles)
        ]
        return fitting or people

    def _same_language(
        self, people: list[tuple[PersonRow, float]], lang: str, topic: str
    ) -> list[tuple[PersonRow, float]]:
        """Of people whose role has a false friend ("Union leader", "Unions-Fraktionsvize"),
        those quoted in articles of the question's language; the others only when they
        alone are quoted about the question's theme ("was sagte die Union zum Streik in
        Eastfield": the dock workers' union)."""

        def lang_of(person: PersonRow) -> str | None:
            hits = [hit for hit, _ in self.store.quotes_of_person_all(person.id)[:5]]
            return detect_language(" ".join(_hit_context(hit) for hit in hits)) if hits else None

        same = [ps for ps in people if lang_of(ps[0]) == lang]
        if topic:
            terms = topic_terms(_strip_articles(normalize(topic)))

            def about(person: PersonRow) -> bool:
                return bool(self._about(person.id, terms)) or self._headlined(person.id, terms)

            if not any(about(p) for p, _ in same):
                other = [ps for ps in people if ps not in same and about(ps[0])]
                if other:
                    return other
        return same or people

    def _headlined(self, person_id: int, terms: tuple[str, ...]) -> bool:
        """Whether the person is quoted in an article whose headline names the terms."""
        return any(
            hit.title and mentions_topic(terms, normalize(hit.title))
            for hit, _ in self.store.quotes_of_person_all(person_id)
        )

    def _said_in(self, person_id: int, terms: tuple[str, ...]) -> bool:
        """Whether the person's quotations, or the headlines over them, name the terms."""
        return any(
            mentions_topic(terms, norm_text)
            or (hit.sentence and mentions_topic(terms, normalize(hit.sentence)))
            or (hit.title and mentions_topic(terms, normalize(hit.title)))
            for hit, norm_text in self.store.quotes_of_person_all(person_id)
        )

    def _about(self, person_id: int, terms: tuple[str, ...]) -> list[QuoteHit]:
        """The person's quotations that speak of the topic terms."""
        return [
            hit
            for hit, norm_text in self.store.quotes_of_person_all(person_id)
            if mentions_topic(terms, norm_text)
            or (hit.sentence and mentions_topic(terms, normalize(hit.sentence)))
        ]

    def _speaker(self, answer: Answer, parsed: ParsedQuestion, offset: int, limit: int) -> Answer:
        if _is_pronoun(parsed.query):
            # "what did he say": the chat does not know whom "he" means.
            answer.status = "need_name"
            return answer
        if _is_pronoun(parsed.topic):
            parsed = replace(parsed, topic="", whole="")  # "what did Merz say about it"
        matches, topic, query = self._resolve(parsed)
        answer.topic = topic
        answer.query = query
        threshold = self.settings.name_threshold
        if matches and matches[0][1] < 100.0 and len(normalize(query).split()) > 1:
            # "the Athletics Canada chief": a role every word of which fits someone beats
            # a name that merely has one of the words ("Public Health Agency of Canada").
            full, _ = self._role_people(query)
            if full and full[0][1] >= 100.0:
                matches = []
        if matches and names_organisation(query):
            # "what did Halvorsen Bank say" asks for a bank, not for Jonas Halvorsen.
            noun = normalize(query).split()[-1]
            matches = [
                ps
                for ps in matches
                if ps[0].kind != "person" or noun in normalize(ps[0].name).split()
            ]
        if not matches or matches[0][1] < threshold:
            if names_organisation(query):
                # "was sagt die Polizei": the institution's own statements, not a choice
                # between people whose role has the word ("Gewerkschaft der Polizei").
                found = self._source(answer, query, offset, limit)
                if found is not None:
                    return found
            by_role, elsewhere = self._role_people(query)
            if names_spokesperson(query) and not any(
                score >= 100.0 and any(_SPOKESPERSON_RE.search(r) for r in person.roles)
                for person, score in by_role
            ):
                # "der Sprecher der Bahn": unless someone's role is just that, what the
                # articles quote from "ein Bahnsprecher", not another spokesperson.
                found = self._source(answer, query, offset, limit)
                if found is not None:
                    return found
            if len(by_role) > 1 and has_false_friend(query):
                by_role = self._same_language(by_role, answer.lang, topic)
            by_role = self._narrow(by_role, parsed, topic, answer.period)
            if len(by_role) == 1:
                matches = by_role
            elif by_role:
                answer.status = "ambiguous"
                answer.candidates = [_candidate(p, s) for p, s in by_role[:MAX_CANDIDATES]]
                return answer
            else:
                # "the Bavarian prime minister" when only another one is known: suggested.
                return self._nobody(answer, parsed, elsewhere or matches, offset, limit)
        top_score = matches[0][1]
        tied = [(p, s) for p, s in matches if s >= threshold and top_score - s <= AMBIGUITY_MARGIN]
        tied = self._narrow(tied, parsed, topic, answer.period)
        if len(tied) > 1:
            answer.status = "ambiguous"
            answer.candidates = [_candidate(p, s) for p, s in tied[:MAX_CANDIDATES]]
            return answer
        person = tied[0][0] if tied else matches[0][0]
        return self.person_answer(answer, person, offset, limit)

    def _nobody(
        self,
        answer: Answer,
        parsed: ParsedQuestion,
        matches: list[tuple[PersonRow, float]],
        offset: int,
        limit: int,
    ) -> Answer:
        """No person of that name or role: a source named so without a person's name,
        a theme or a pasted phrase, if the question's form allows it and the index has
        it; else close names to choose from."""
        found = self._source(answer, parsed.query, offset, limit)
        if found is not None:
            return found
        if parsed.topic_fallback:
            found = self._topic(replace(answer, topic=parsed.query), parsed.query, offset, limit)
            if found.status == "ok":
                return found
        if parsed.phrase_fallback:
            phrase = parsed.whole or parsed.query
            found = self._phrase(
                replace(answer, intent="phrase", query=phrase), phrase, offset, limit
            )
            if found.status == "ok" or not matches:
                # No close name either: "nobody said anything like …" fits a passage
                # better than "I know nobody called …".
                found.topic = ""
                return found
        answer.status = "unknown_speaker"
        answer.candidates = [_candidate(p, s) for p, s in matches[:MAX_SUGGESTIONS]]
        return answer

    def _source(self, answer: Answer, query: str, offset: int, limit: int) -> Answer | None:
        """'was sagt die Polizei', 'what did Halvorsen Bank say': the quotations whose
        speaker the articles name that way without a person's name ('ein Sprecher der
        Polizei', 'laut Polizei', 'a spokesperson for Halvorsen Bank'), newest first; None
        when there are none. Known organisations match in both languages ('police')."""
        norm = _strip_articles(normalize(query))
        asked = norm  # as typed: "Sprecher der Polizei" before "a police spokesman"
        spokesperson = names_spokesperson(norm)
        if spokesperson:
            # "der Sprecher der Bahn" speaks for the Bahn: "ein Bahnsprecher", "laut Bahn".
            # ("ein Polizeisprecher" is the police's: "polizei").
            parts = (_SPOKESPERSON_RE.sub("", w).strip("-") for w in norm.split())
            norm = _strip_articles(" ".join(p for p in parts if len(p) >= 3))
        if len(norm) < 3 or norm in _ARTICLES:
            return None
        terms = topic_terms(norm)
        ids = sorted(
            {
                qid
                for mention, qids in self.nameless_mentions().items()
                if any(names_source(term, mention) for term in terms)
                for qid in qids
            },
            reverse=True,
        )[:MAX_SOURCE_HITS]
        hits = self.store.quotes_by_id(ids)
        if answer.topic:
            about = topic_terms(_strip_articles(normalize(answer.topic)))
            # As for a person: what they said about it, else in articles headlined so.
            hits = [hit for hit in hits if mentions_topic(about, normalize(hit.text))] or [
                hit for hit in hits if hit.title and mentions_topic(about, normalize(hit.title))
            ]
        if hits and has_false_friend(query):
            # "the union" (a trade union) asked in English is not "die Union" (the
            # CDU/CSU) of a German article: the question's language first; the other's
            # only when they alone speak of the theme asked about.
            same = [hit for hit in hits if _hit_lang(hit) == answer.lang]
            hits = same or (hits if answer.topic else [])
        if not hits:
            return None
        hits = self._dated(answer, dedupe(hits), _hit_date)

        def fit(hit: QuoteHit) -> tuple[bool, bool, bool]:
            mention = normalize(hit.speaker_text or "")
            return (
                not names_source(asked, mention),  # the words as asked, in their language
                not names_source(norm, mention),  # the source itself, not its translation
                # "der Sprecher der Bahn": "ein Bahnsprecher" before "Pro Bahn"
                spokesperson and not names_spokesperson(mention),
            )

        hits.sort(key=fit)  # stable: the newest first among equals
        if answer.claim:
            fits = self._claim_fits([(hit, normalize(hit.text)) for hit in hits], answer.claim)
            answer.claim_found = bool(fits)
            hits = fits or hits
        words = query.split()
        while len(words) > 1 and words[0].casefold() in _ARTICLES:
            words.pop(0)
        answer.source = " ".join(words)  # "die Polizei" -> "Polizei", as the header shows it
        answer.total = len(hits)
        answer.quotes = hits[offset : offset + limit]
        answer.status = "ok"
        return answer

    def person_answer(self, answer: Answer, person: PersonRow, offset: int, limit: int) -> Answer:
        """One known person's quotations (about answer.topic, if set), newest first."""
        answer.speaker = SpeakerRef(person.name, person.roles[0] if person.roles else None)
        if person.n_quotes == 0:
            answer.status = "mentioned_not_quoted"
            # As with "speakers", the candidate's score is a count: here, of articles.
            answer.candidates = [_candidate(person, float(person.n_mentions))]
            return answer
        if answer.claim:
            pairs = self._dated(answer, self.store.quotes_of_person_all(person.id), _pair_date)
            fits = dedupe(self._claim_fits(pairs, answer.claim))
            answer.claim_found = bool(fits)
            hits = fits or dedupe([hit for hit, _ in pairs])
            answer.total = len(hits)
            answer.quotes = hits[offset : offset + limit]
            answer.status = "ok"
            return answer
        if answer.topic:
            terms = topic_terms(_strip_articles(normalize(answer.topic)))
            about = self._about(person.id, terms)
            if not about:
                # Nothing says it in so many words: what they said in articles whose
                # headline is about it ("Merz verlangt Wende in der Migrationspolitik").
                about = [
                    hit
                    for hit, _ in self.store.quotes_of_person_all(person.id)
                    if hit.title and mentions_topic(terms, normalize(hit.title))
                ]
            hits = self._dated(answer, dedupe(about), _hit_date)
            answer.total = len(hits)
            answer.quotes = hits[offset : offset + limit]
            answer.status = "ok" if hits else "no_topic_match"
            return answer
        if answer.period:
            pairs = self.store.quotes_of_person_all(person.id)
            hits = self._dated(answer, dedupe([hit for hit, _ in pairs]), _hit_date)
            answer.total = len(hits)
            answer.quotes = hits[offset : offset + limit]
            answer.status = "ok"
            return answer
        hits, total = self.store.quotes_for_person(person.id, limit=limit, offset=offset)
        answer.quotes = dedupe(hits)
        answer.total = total
        answer.status = "ok"
        return answer

    def ask_person(
        self,
        person_id: int,
        offset: int = 0,
        limit: int | None = None,
        topic: str = "",
        claim: str = "",
        period: tuple[str, str] | None = None,
    ) -> Answer:
        """A chosen person's quotations (e.g. from a button after an ambiguous answer);
        with a claim ("did Smith say …"), those saying it first; with a period, those of
        articles dated then."""
        limit = self.settings.page_size if limit is None or limit <= 0 else limit
        rows = self.store.people_by_ids([person_id])
        answer = Answer(
            question=f"#{person_id}",
            intent="check" if claim else "speaker",
            status="ok",
            offset=offset,
            topic=topic,
            claim=claim,
            period=period,
        )
        person = rows.get(person_id)
        if person is None:
            answer.status = "unknown_speaker"
            return answer
        answer.query = person.name
        return self.person_answer(answer, person, max(offset, 0), limit)

    # --- quotations about a theme --------------------------------------------------

    def _topic(self, answer: Answer, topic: str, offset: int, limit: int) -> Answer:
        """Everyone's quotations about a theme ("what was said about Ukraine"), newest first."""
        answer.intent = "topic"
        answer.query = answer.topic = topic
        if _is_pronoun(topic):
            answer.status = "need_name"  # "what did they say about it"
            return answer
        terms = topic_terms(_strip_articles(normalize(topic)))
        prefixes = [topic_stem(t) for t in terms]
        if len(terms) == 1 and " " in terms[0]:
            # A theme of several words of the user's own ("the hospital contract"): the
            # quotations with its words, which mentions_topic then checks together.
            prefixes += [topic_stem(w) for w in content_words(terms[0])]
        hits = dedupe(
            [
                hit
                for hit, norm_text in self.store.quotes_about(prefixes, limit=MAX_TOPIC_HITS)
                if mentions_topic(terms, norm_text)
            ]
        )
        # Who said it is what a theme question is after: attributed quotations first.
        hits.sort(key=lambda hit: hit.speaker is None)
        hits = self._dated(answer, hits, _hit_date)
        answer.total = len(hits)
        answer.quotes = hits[offset : offset + limit]
        answer.status = "ok" if hits else "no_match"
        return answer

    # --- who said a phrase ---------------------------------------------------------

    def _paraphrase(self, phrase: str) -> list[QuoteHit]:
        """'who said that the employers have made no offer yet': when no quotation has
        the words as typed, those with most of its content words (two at least, and
        PARAPHRASE_SHARE of them), best first, the newest first among equals."""
        terms = claim_terms(phrase)
        if len(terms) < 2:
            return []
        prefixes = [topic_stem(alt) for alts in terms for alt in alts]
        norm_phrase = normalize(phrase)
        scored = []
        for i, (hit, norm_text) in enumerate(
            self.store.quotes_about(prefixes, limit=MAX_PARAPHRASE_HITS)
        ):
            score = claim_score(terms, norm_phrase, norm_text)
            if score >= PARAPHRASE_SHARE and score * len(terms) >= 2:
                scored.append((score, i, hit))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return dedupe([hit for _, _, hit in scored])

    def _phrase(self, answer: Answer, phrase: str, offset: int, limit: int) -> Answer:
        answer.period = None  # a phrase keeps its words, "yesterday" too
        scored = self.store.search_phrase(
            phrase, limit=MAX_PHRASE_HITS, threshold=self.settings.phrase_threshold
        )
        hits = dedupe([hit for hit, _ in scored]) or self._paraphrase(phrase)
        answer.total = len(hits)
        if not hits:
            answer.status = "no_match"
            return answer
        best = hits[0]
        if best.speaker:
            answer.speaker = SpeakerRef(best.speaker, best.role)
        answer.quotes = hits[offset : offset + limit]
        answer.status = "ok"
        return answer


_T = TypeVar("_T")

# A question told as a story: at least this many words, a question in it (a pasted
# passage is none), and a role after an article of at most this many words.
STORY_MIN_WORDS = 8
STORY_SPAN_WORDS = 5
_STORY_CUE_RE = re.compile(
    r"\?|\b(?:what|who|which|tell me|do you know|is (?:that|it) true|wer|welche[rsn]?"
    r"|was (?:hat|haben|hatte|sagte|sagt|meinte|meint|genau|denn)|wei(?:ß|ss)t du"
    r"|stimmt (?:das|es)|kannst du|können sie)\b",
    re.I,
)
_STORY_BREAK_RE = re.compile(r"[,.;:!?—–()\"„“”«»]")
_STORY_WORD_RE = re.compile(r"[\w][\w'’-]*")
_STORY_DETERMINERS = frozenset(
    "the a an der die das den dem des ein eine einen einem einer eines".split()
)


def _split_role_compounds(words: list[str]) -> list[str]:
    """'bahnchefin' -> 'bahn', 'chefin': a compound with a role noun of German's word
    lists as its head, and three letters at least before it."""
    lexicon = load_lexicon("de")
    out = []
    for word in words:
        for i in range(len(word) - 4, 2, -1):
            if lexicon.role(word[i:])[0]:
                out += [word[:i], word[i:]]
                break
        else:
            out.append(word)
    return out


def _is_role_word(word: str) -> bool:
    """A role noun in either language's word lists ("mayor", "Landrätin", "DGB-Chefin")."""
    lower = word.casefold()
    return any(load_lexicon(lang).role(lower)[0] for lang in LANGUAGES)


def _hit_context(hit: QuoteHit) -> str:
    return f"{hit.title or ''} {hit.sentence or hit.text}"


def _hit_lang(hit: QuoteHit) -> str:
    """The language of the article a quotation stands in, by its headline and sentence."""
    return detect_language(_hit_context(hit))


def _hit_date(hit: QuoteHit) -> str | None:
    return hit.date


def _pair_date(pair: tuple[QuoteHit, str]) -> str | None:
    return pair[0].date


def person_gender(person: PersonRow) -> str | None:
    """'m' or 'f' from a person's given name ("Lena Müller") or, failing that, a gendered
    role ("Verkehrsministerin"); None when neither tells."""
    from bot.nlp.lexicon import load_lexicon  # the word lists only, no spaCy

    lexicon = load_lexicon("de")
    names = person.name.casefold().split()
    if len(names) > 1:
        gender = lexicon.given_gender(names[0])
        if gender in {"m", "f"}:
            return gender
    for role in person.roles:
        for word in role.casefold().split():
            is_role, gender = lexicon.role(word)
            if is_role and gender in {"m", "f"}:
                return gender
    return None


def _candidate(person: PersonRow, score: float) -> Candidate:
    return Candidate(
        person.name,
        round(score, 1),
        person_id=person.id,
        role=person.roles[0] if person.roles else None,
    )


def _unique_list(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def names_organisation(query: str) -> bool:
    """Whether a question's name ends in an organisation noun of either language's word
    lists ('die Polizei', 'das Bundesinnenministerium', 'the police', 'the council')."""
    words = query.split()
    if not words:
        return False
    last = words[-1].strip(".,;:!?\"'„“”»«").casefold()
    return any(load_lexicon(lang).is_org(last) for lang in LANGUAGES)


# Words for who speaks for an organisation: "der Sprecher der Bahn", "a council spokesman".
_SPOKESPERSON_RE = re.compile(
    r"sprecher(?:innen|in|s|n)?|spokes(?:person|man|woman|people|men|women)", re.I
)


def names_spokesperson(text: str) -> bool:
    """Whether a name or mention is a spokesperson of something ('der Sprecher der Bahn',
    'a council spokeswoman', 'ein Polizeisprecher'): a spokesperson word and more."""
    stopwords = answering_lexicon().topic_stopwords
    words = [w for w in normalize(text).split() if w not in stopwords]
    for word in words:
        m = _SPOKESPERSON_RE.search(word)
        if m and (len(words) > 1 or len(word) - len(m.group(0)) >= 3):
            return True
    return False


def names_source(term: str, mention: str) -> bool:
    """Whether a speaker mention (normalised) names the source `term` (normalised): every
    word of the term is a word of the mention, part of a compound ('polizei' in
    'polizeisprecher', 'innenministerium' in 'bundesinnenministeriums') or a near miss."""
    words = mention.split()
    stopwords = answering_lexicon().topic_stopwords
    # "Sprecher der Polizei" is "ein Polizeisprecher": the small words need not be there.
    parts = [p for p in term.split() if p not in stopwords] or term.split()
    for part in parts:
        if not any(
            w == part
            or (len(part) >= 4 and part in w)
            or (len(part) >= 5 and fuzz.ratio(part, w) >= SOURCE_WORD_RATIO)
            for w in words
        ):
            return False
    return True


def dedupe(hits: list[QuoteHit]) -> list[QuoteHit]:
    """Drop near-duplicates of one speaker, keeping the longer (or the earlier) one.

    A copy nobody is named for (a headline's 'fantasy economics') is the same statement
    as an attributed one: the attributed one is kept, in the earlier one's place."""
    kept: list[tuple[QuoteHit, str]] = []
    for hit in hits:
        norm = normalize(hit.text)
        for i, (other, other_norm) in enumerate(kept):
            same = other.speaker == hit.speaker or not (other.speaker and hit.speaker)
            if same and fuzz.ratio(norm, other_norm) >= DUPLICATE_RATIO:
                if (bool(hit.speaker), len(hit.text)) > (bool(other.speaker), len(other.text)):
                    kept[i] = (hit, norm)  # the better one takes the earlier one's place
                break
        else:
            kept.append((hit, norm))
    return [hit for hit, _ in kept]
