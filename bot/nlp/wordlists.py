"""Closed word classes and patterns the attribution rules share (German and English).

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import re

WORD_RE = re.compile(r"\w", re.UNICODE)


# German 'Anfang April', 'Ende 2004': a time after a name, not its last word
TIME_HEADS = frozenset(("anfang", "ende", "mitte"))
# English titles of one office holder, who is named by the title alone ('the King said')
EN_SOLE_TITLES = {"king": "m", "queen": "f", "pope": "m"}

# "it's", "that's": a pronoun and 'is', not an owner's possessive
EN_POSSESSIVE_NOT = frozenset("it that he she who what there here where which".split())

WEEKDAYS_MONTHS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende "
    "januar februar märz april mai juni juli august september oktober november dezember "
    "monday tuesday wednesday thursday friday saturday sunday weekend "
    "january february march may june july october december".split()
)


PREPOSITIONS = {
    "de": frozenset(
        "an auf aus bei mit nach von vor zu zum zur über unter gegen für um durch ohne "
        "seit bis neben zwischen hinter wegen trotz gegenüber dank am im vom beim ins in".split()
    ),
    "en": frozenset(
        "to of in on at by for with from about against into over under between after before "
        "during without toward towards upon".split()
    ),
}


# Prepositions that open a sentence with a phrase of time, place or cause ('Um 10 Uhr',
# 'Im Bericht', 'Als Begründung'); the subject then follows the verb.
FRONT_PREPOSITIONS = frozenset(
    "an auf bei mit vor zu zum zur über unter gegen für um seit bis neben zwischen wegen "
    "trotz dank am im beim in als angesichts aufgrund infolge anlässlich bezüglich "
    "hinsichtlich".split()
)
# Endings of German adverbs and adjectives that open a sentence capitalised.
ADVERB_ENDINGS = ("lich", "ig", "lang", "hin", "weise", "end", "los", "mals", "wärts")
# German adverbs ending in '-en', which a plural verb's ending would otherwise claim
# ('Sie dagegen …', 'sie eben'): see Attributor._de_plural_verb_with.
ADVERB_EN = (
    "gegen",
    "dessen",
    "eben",
    "selten",
    "morgen",
    "oben",
    "unten",
    "außen",
    "innen",
    "hinten",
    "seiten",
    "wegen",
    "allen",
    "willen",
)
# German demonstrative determiners: 'diese Worte', 'von jenem Versprechen'.
DEMONSTRATIVES = frozenset("diese dieser diesem diesen dieses jene jener jenem jenen jenes".split())
# articles before a quoted paper's name in the dative or after 'in': 'der „Welt“', 'dem
# „Spiegel“', 'im «Blick»'
INDEFINITE_ARTICLES = frozenset(("ein", "eine", "einer", "eines", "einem", "a", "an"))
# heads of the media a speaker talks to: 'sagte die Ministerin der Deutschen
# Presse-Agentur', '… den Zeitungen der Funke Mediengruppe'
ADDRESSEE_ARTICLES = frozenset(("der", "dem", "den", "im"))
AGE_NOUN = re.compile(r"^\d+-[A-ZÄÖÜ]\w+$")  # 'der 58-Jährige'
AGE_WORD = re.compile(r"^\d+-[jJ]ährige[nr]?$")  # 'der 81-jährige', as an adjective too
NOT_REPORT_OPENERS = {
    "de": frozenset(
        "um nachdem bevor weil während wenn als obwohl damit sodass und aber sondern oder "
        "zum zur bis seit indem falls sobald solange wobei womit".split()
    ),
    "en": frozenset(
        "after before because while when although since unless and but or so as".split()
    ),
}
RELATIVE = frozenset("der die das dem den deren dessen denen welche welcher welches".split())
# Conjunctions that open a subordinate clause: a source phrase inside one reports only it.
SUBORDINATORS = frozenset(
    "weil da dass daß ob wenn obwohl obgleich nachdem während als wobei womit wonach sodass "
    "damit bevor falls indem seit seitdem sofern zumal".split()
)
# Question words that open a fronted clause like a conjunction ('Warum …, sagte X').
FRONT_QUESTION_WORDS = frozenset("warum weshalb wieso weswegen".split())
# Pronouns only ever the subject: right after the finite verb they are its subject.
NOMINATIVE_PRONOUNS = frozenset("er ich wir".split())
# Articles that can open a genitive after a noun ('Angaben der Polizei', '… eines Sprechers').
GENITIVE = frozenset("der des eines einer".split())
# Words before a source noun that are not in the determiner list: 'nach deren Angaben'.
SOURCE_DETERMINERS = frozenset("deren dessen".split())
# 'nach seiner Einschätzung', 'ihren Angaben zufolge': the source is whom they point to
POSSESSIVES_MALE = frozenset("sein seine seiner seinem seinen seines".split())
POSSESSIVES_FEMALE = frozenset("ihr ihre ihrer ihrem ihren ihres".split())
# 'erst nach …', 'kurz nach …': 'nach' as a time, whatever noun follows.
TIME_BEFORE_NACH = frozenset(
    "erst kurz bereits schon unmittelbar gleich direkt bald spätestens frühestens noch "
    "minuten stunden tage tagen wochen monate monaten jahre jahren".split()
)
# Marks that end a clause: a comma only where a subordinate clause opens or closes.
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "("})
# What may follow a source noun as its complement: 'nach Angaben der Polizei', '… von X'.
SOURCE_COMPLEMENT = frozenset("der des eines einer seines seiner ihres ihrer".split())
IDIOM_BEFORE_GESAGT = frozenset("genauer besser anders kurz ehrlich offen".split())
AUXILIARIES = frozenset(
    "hat hatte haben hatten habe hätte ist war sei wurde wurden wird werden".split()
)
# The agent ('von', 'durch') or the document ('in') of a passive report.
PASSIVE_SOURCE_PREPOSITIONS = frozenset("von vom durch in im".split())
# Pronouns that open a reported main clause as its subject: 'sagte Rice, sie hielt …'.
CLAUSE_SUBJECT_PRONOUNS = frozenset("er sie es man wir ich".split())
# Subjects of a closing '…, wie er mitteilte' besides names, articles and possessives.
WIE_SUBJECTS = frozenset("er sie es".split())
# 'nach eigenen Angaben', 'nach eigenem Bekunden': the subject's own account
OWN = frozenset("eigenen eigenem eigener".split())
# Relative pronouns that can be the subject of their clause ('…, der angab, …').
RELATIVE_SUBJECTS = frozenset("der die das welcher welche welches".split())
# Conjunctions after which a second speaker's report may follow in the same sentence
# ('…, X sei tot, doch ein Sprecher erklärte, …').
SECOND_REPORT_JOINS = frozenset({"doch", "aber", "während", "jedoch", "und"})
# The contrasting ones, after which the same report may also go on ("…, sagte er, aber die
# Fotos seien verloren").
CONTRAST_JOINS = frozenset({"doch", "aber", "jedoch"})
# Pronouns that make a clause with a verb and one more word ('Sie streiten oft, sagt er',
# 'Das reicht nicht, sagt sie').
SHORT_CLAUSE_SUBJECTS = frozenset("er sie es wir man das".split())
# Question words that open an indirect question ('…, wie …', '…, was …', '…, ob …').
W_QUESTIONS = frozenset("wie was warum weshalb wieso wann wo wohin woher wer wen wem ob".split())
# Finite modals and 'werden' that govern an infinitive ('müsse sagen', 'werde analysieren').
MODAL_FINITE = frozenset(
    "muss müsse müssen müssten müsste soll solle sollen sollte sollten will wolle wollen "
    "kann könne können könnte könnten werde werden wird würde würden".split()
)
# Conjunctions that may open a sentence before its first phrase ('Denn wie X berichtete').
VORFELD_CONJUNCTIONS = frozenset("denn und aber doch".split())
# Finite auxiliaries and modals in the plural: a single person after them is no subject.
PLURAL_AUX = frozenset(
    "haben hatten hätten sind waren wären werden wurden würden wollen wollten können konnten "
    "müssen mussten sollen sollten".split()
)
# Words that open a plural noun phrase ('Einige Abgeordnete', 'Viele der Anwohner').
QUANTIFIERS = frozenset("einige viele mehrere zahlreiche alle beide manche etliche".split())
# Adverbs that may follow the subject before the verb ('Die Kampagne dagegen warf …').
CONTRAST_ADVERBS = frozenset(
    "dagegen hingegen jedoch aber selbst selber indes wiederum allerdings ihrerseits "
    "seinerseits".split()
)
# a sentence opening with one argues on from the one before ('Deshalb soll …')
CAUSAL_OPENERS = frozenset("deshalb daher deswegen darum".split())
# 'in den Medien', 'in der Presse': the press as the source of a passive report
PRESS = frozenset({"medien", "presse"})
# 'es heißt' / 'hieß es': a report with no speaker but, perhaps, a document or place.
IMPERSONAL_CUES = frozenset("heißt hieß hieße geheißen heisst hiess".split())
DOCUMENT_PREPOSITIONS = frozenset("in im bei beim aus von vom seitens".split())
# Finite auxiliaries and modals that follow the subject in a German main clause
# ('Die Partei hat … gefordert', 'Der Verband will … prüfen lassen').
VORFELD_VERBS = AUXILIARIES | frozenset(
    "haben hatten hätten sind waren wäre wären will wollte wollen wollten kann konnte können "
    "konnten muss musste müssen mussten soll sollte sollen sollten".split()
)
# Dative and genitive forms: a mention after them is an object, not the speaker.
# (and accusative ones, which are never the subject either).
OBLIQUE = frozenset(
    "dem des einem eines diesem dieses seinem seines ihrem ihres den einen diesen seinen ihren "
    "unseren unserem unseres".split()
)
# words that join a second clause to the first: a particle before one closes its clause
CLAUSE_JOINS = frozenset({"und", "oder", "sowie", "aber", "sondern", "doch"})
KIND_WEIGHT = {"name": 3.0, "pronoun": 3.0, "role": 2.5, "org": 1.5, "generic": 1.0, "source": 1.0}
# Endings of German common nouns: a capitalised word with one is not a surname.
NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tionen",
    "tät",
    "ismus",
    "nis",
    "tum",
    "ment",
    "chen",
    "lein",
    "ei",
    "ik",
    "enz",
    "anz",
    "ur",
    "ling",
    "sicht",
    "werk",
    "zeug",
)


def is_fragment(text: str) -> bool:
    """A short quoted term rather than a statement: few words, no sentence punctuation."""
    words = text.split()
    return len(words) <= 4 and not any(text.rstrip().endswith(p) for p in ".!?…")


# --- reported speech ---------------------------------------------------------------------------

CLAUSE_OPENERS = {"de": frozenset({"dass", "daß", "ob"}), "en": frozenset({"that"})}
TRAILING_PUNCT = frozenset(".!?;:…")
# Definite articles: 'der „Spiegel“' names a thing; 'eine „Zeitungsente“' is someone's word.
DEFINITE = frozenset("der die das dem den des the".split())
# Konjunktiv forms that may open a sentence ('Sei es …'); others capitalised are nouns.
KONJ_MODALS = frozenset(
    "sei seien habe werde könne müsse solle wolle dürfe möge hätte wäre würde".split()
)
FIRST_PERSON = frozenset({"ich", "wir"})
KONJ_II = frozenset(
    "würde würden hätte hätten wäre wären könnte könnten müsste müssten dürfte dürften "
    "sollte sollten wollte wollten möchte möchten käme kämen gäbe gäben".split()
)
# Konjunktiv II of the singular that a reporter uses for a guess or a condition of their
# own ('Die Teile könnten …' is a plural that stands in for Konjunktiv I, 'könnte' is not):
# alone, they do not carry a report on.
HEDGES = frozenset("könnte müsste dürfte würde".split())
KONJ_II_MODALS = frozenset("könnten müssten dürften sollten wollten möchten".split())
# Endings of German abstract nouns: what one names cannot speak ('die Vorkehrungen'), unless
# a lexicon lists it as a body or text ('die Regierung', 'die Erklärung')
ABSTRACT_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "tät",
    "ismus",
    "quote",
    "rate",
)
# Sentence openers that report what a source just named says ('Demnach …').
SOURCE_ADVERBS = {"de": frozenset({"demnach"}), "en": frozenset()}
EDGE_PUNCT = frozenset(",;:–—-")
# An answer and the question before it: 'Ob …, wollte er wissen. „…“, antwortete der Zeuge.'
ANSWER_FORMS = frozenset(
    "antwortete antwortet antworteten entgegnete entgegnet erwiderte erwidert konterte kontert".split()
)
QUESTION_FORMS = frozenset("fragte fragt fragten wissen".split())
# Finite auxiliaries that are only indicative: a sentence with one states a fact
INDICATIVE_AUX = frozenset("ist sind war waren wurde wurden hatte hatten hat wird".split())
# Words of a general claim ('Viele Jugendliche …', '… häufig …'): a reporter tells what is
# usual in the present, so a preterite-looking verb with them is a speaker's Konjunktiv II
HABITUAL = frozenset(
    "viele vielen manche meisten oft häufig meist meistens immer zunehmend regelmäßig ständig".split()
)


EN_SAY = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "argued",
        "claimed",
        "warned",
        "insisted",
        "insists",
        "admits",
        "reckons",
        "reckoned",
        "stressed",
        "noted",
        "explained",
        "announced",
        "confirmed",
        "denied",
        "admitted",
        "believes",
        "believed",
        "thinks",
        "thought",
    }
)
EN_TELL = frozenset({"told", "tells", "tell", "telling"})
# English speech verbs that tell someone to do something ('urged parents to …')
EN_DIRECTIVES = frozenset(
    "urge urges urged urging ask asks asked asking advise advises advised advising encourage "
    "encourages encouraged encouraging remind reminds reminded reminding warn warns warned "
    "warning tell tells told telling".split()
)
# English pronouns of no one in particular that open a sentence capitalised ('Nobody
# said …'): never a company's one-word name.
EN_INDEFINITE_PRONOUNS = frozenset(
    "everyone everybody someone somebody anyone anybody nobody none few others other one "
    "another neither either".split()
)
# an intensifier after a subject: 'Pettifer himself, speaking on a visit, said …'
EN_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# verbs that take only a clause; the others also take an object ('denied the charges')
EN_PLAIN_SAY = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
# a finite verb shows that a clause follows
EN_FINITE = frozenset(
    "is are was were has have had will would can could should may might must did does do "
    "'s 're 've 'd 'll ’s ’re ’ve ’d ’ll".split()
)
# '"…." Those were the words of X': nouns that point back at a quotation
EN_POINTED_NOUNS = frozenset(
    "words word verdict message view views assessment warning warnings reaction response plea "
    "advice answer reply thoughts feeling sentiment".split()
)
# people at a news conference who ask, not answer: a 'she said' after 'A reporter pressed
# her: "…?"' is the one asked
EN_QUESTIONERS = frozenset("reporter reporters journalist journalists questioner".split())
# words that open a clause before its subject: 'But the college said …'
EN_LINKERS = frozenset({"but", "and", "meanwhile", "however", "also", "so", "yet"})
# adverbs set off by commas between a speech verb and its clause: 'conceded, however, that'
EN_ASIDES = frozenset(
    "however though too also again meanwhile moreover nevertheless nonetheless later "
    "separately privately publicly repeatedly".split()
)
# Numbers in words: a capitalised word after one is a unit or a counted noun, no name.
NUMERALS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert "
    "tausend two three four five six seven eight nine ten twelve twenty hundred "
    "thousand".split()
)
EN_QUANTIFIERS = frozenset(
    {"one", "two", "three", "four", "five", "several", "some", "many", "other", "most", "few"}
)
# a quantity opening a reported clause: 'said more than 200 people …', 'said nearly half …'
EN_QUANTITY_OPENERS = EN_QUANTIFIERS | frozenset(
    {"more", "fewer", "over", "nearly", "almost", "around", "roughly", "at", "up"}
)
EN_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
EN_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "recently"})
EN_TIME_UNITS = frozenset({"week", "month", "year", "night", "weekend", "morning", "evening"})


# adjectives before an English role word that leave the role the same ('the former minister')
EN_ROLE_ADJECTIVES = frozenset(
    "own new former top senior then current acting outgoing incoming veteran longtime "
    "long-serving embattled beleaguered".split()
)
# words that open a clause inside a sentence: '… collapsed after a group of Republicans said …'
EN_SUBORDINATORS = frozenset(
    "after because when while since until before although though once whereas unless".split()
)
# a sentence opening with one of these puts its main clause after the first comma
EN_FRONT_SUBORDINATORS = frozenset(
    "when if after before while because since once until unless although though whenever".split()
)
EN_RELATIVES = frozenset({"that", "which", "who", "whose", "whom", "where"})


# '… they had taken the town, a claim the army denied': a noun summing up the report
EN_CLAIM_NOUNS = frozenset(
    "claim claims allegation allegations accusation accusations charge charges assertion "
    "contention suggestion".split()
)
# 'after reports that …', 'amid fears that …': nouns whose own clause a 'that' opens
EN_THAT_NOUNS = EN_CLAIM_NOUNS | frozenset(
    "report reports fear fears warning warnings concern concerns rumour rumours rumor "
    "rumors speculation news".split()
)
# '… the plan is dead, but officials said …': after these the reporter speaks again
EN_CLAUSE_BREAKS = frozenset({"but", "while", "whereas", "though", "although", "according"})
EN_SUBJECTS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "the",
        "a",
        "an",
        "this",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
    }
)


# --- interviews ------------------------------------------------------------------------------

LABEL_RE = re.compile(
    # 'SPIEGEL: …', 'Pau: …', and in wiki or markdown markup "''Pau'': …", '**Pau:** …'
    r"^[ \t]*(?:''|\*\*|\*)?((?:[A-ZÄÖÜ][\w.’\-]*)(?:[ \t]+[A-ZÄÖÜ][\w.’\-]*){0,2})"
    r"(?:''|\*\*|\*)?[ \t]*:(?:''|\*\*|\*)?[ \t]+(?=\S)",
    re.MULTILINE,
)
INTERVIEWER_LABELS = frozenset({"frage", "f", "q", "question", "interviewer"})
# 'A: …' answers are the interviewee's, the person the introduction is about
ANSWER_LABELS = frozenset({"antwort", "a", "answer"})


# 'sprach von „…“': a speech verb whose 'von' introduces the words it reports
# a paper named by its kind in a press review: '„…“, schreibt das Blatt'
PRESS_NOUNS = frozenset("zeitung blatt zeitschrift magazin tageszeitung wochenzeitung".split())

SPEAK_OF = frozenset("spricht sprach sprachen sprechen gesprochen redet redete redeten".split())


# adverbs that point back to a text or sign just named: 'Darin steht: „…“'
POINTING_ADVERBS = frozenset("darin darauf dort hierin daraus".split())


# 'laut „tagesschau.de“', 'die Seite „www.example.org“': an address, never anyone's words
WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|uk|info|eu|at|ch|fr|io)(?:/\S*)?",
    re.IGNORECASE,
)
# ', auch „…“', '(kurz „…“': another name for what was just named
ALIAS_WORDS = frozenset({"auch", "kurz", "alias", "also", "aka"})
ALIAS_OPENERS = frozenset({",", "(", "–", "—", "-"})
# verbs that give a name or title ('Der Titel lautet „…“')
NAMING_VERBS = frozenset("lautet lauten lautete lauteten".split())


NAME_GLUE = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "de",
        "la",
        "le",
        "du",
        "des",
        "von",
        "der",
        "für",
        "&",
        "-",
        "pour",
        "un",
    }
)


# Contracted prepositions inside names of several capitalised words ('Ärzte ohne Grenzen',
# 'Rat zur Wiederherstellung der Demokratie', 'Bild am Sonntag'); only after a capitalised
# first word, so that 'zur Kenntnis' stays a phrase.
NAME_GLUE_INNER = frozenset({"zur", "zum", "am", "im", "ohne"})
# Finite forms of 'sein': a participle right before one is predicative ('Versichert sei er').
SEIN_FORMS = frozenset("sei seien ist sind war waren wäre wären".split())
