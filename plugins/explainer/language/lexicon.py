"""The English word lists the rules read, in one place, each named for what it is.

Rules (regular expressions, shapes of sentences) live in the finders; the words they look for
live here, so that a list is kept once and a newcomer knows where a new word goes. Nothing here
knows any one story: words of one kind of news (arrests, elections, disasters) are vocabulary
of that kind of news, named as such.
"""

from __future__ import annotations

# -- used by language/dates.py and by every list below that names months or days
# English names written out, not `calendar`'s: those follow the machine's locale, which Pelican
# sets from its LOCALE setting before it loads the plugin, and the articles are English whatever
# the machine that builds the site.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2,
}


# -- used by findings/quotes.py and extract/sentences.py: "continued" as a verb of saying only
# where a speaker's words or name follow it ('"...," he continued.', 'continued Smith'), not
# where it goes on ("The jokes continued through the show")
CONTINUED_AS_SAID = "continued(?=\\s*(?:[,.;:!?\"\u201c\u201d]|$|(?-i:[A-Z])))"
# -- used by findings/quotes.py
SPEECH_VERBS_BEFORE_QUOTE = (
    "said|says|told|tells|wrote|writes|added|adds|asked|asks|recalled|recalls|posted|tweeted|"
    "declared|exclaimed|shouted|replied|explained|insisted|stressed|described|"
    "announced|warned|noted|urged|wrote on|" + CONTINUED_AS_SAID
)


# -- used by findings/quotes.py
# -- used by findings/quotes.py: participles that open what followed a happening, in the outlet's
# telling ("..., forcing the government to raise the threat level")
CONSEQUENCE_PARTICIPLES = ("forcing", "prompting", "sparking", "triggering", "causing", "leaving")
# ", he said, adding that ...": a participle after a saying that goes on saying (any other one,
# ", Ms Lopez said, destroying large areas of the city", goes on with the clause before the saying)
PARTICIPLES_GOING_ON_SAYING = frozenset(
    """adding saying noting citing calling warning explaining insisting stressing arguing urging describing
    accusing claiming referring pointing telling asking acknowledging admitting conceding vowing promising
    pledging recalling suggesting blaming praising thanking""".split()
)
SPEECH_VERBS_REPORTED = (
    "said|says|told|tells|added|adds|confirmed|confirms|announced|announces|stressed|warned|"
    "noted|argued|insisted|indicated|explained|claimed|claims|believes|suggested|emphasized|emphasised|stated"
)

# -- used by findings/timeline/candidates.py: verbs of saying that take what was said straight
# after them ("Lee said statistics on March 2 show ...": the date is in what Lee reported), and
# the words that, straight after such a verb, tell of the saying itself instead ("said on
# Monday", "said in a statement", "said late on Friday") or begin the speaker's own doing ("said
# he was arrested on Monday")
# -- used by language/dates.py: adverbs that make "today" mean nowadays ("commonly used today")
ADVERBS_OF_NOWADAYS = ("commonly", "widely", "generally", "usually", "typically", "often", "still")
# -- used by findings/timeline/candidates.py: verbs whose label is nothing without what they
# made known ("Equifax disclosed", "Kim told Putin")
VERBS_OF_MAKING_KNOWN = frozenset(
    """said says told tells announced announces disclosed discloses revealed reveals confirmed confirms
    reported reports admitted admits acknowledged acknowledges warned warns assured informed determined
    ruled concluded decided""".split()
)
# -- used by findings/timeline/excerpt.py: where the clause a date is in opens, going back from it
# (the quoted words start after the word), and where a clause after the date opens, going on
WORDS_OPENING_A_QUOTED_CLAUSE = frozenset(
    "that who whom whose which where when while whereas since after before because although though but once until unless".split()
)
WORDS_CLOSING_A_QUOTED_CLAUSE = frozenset("who whom whose which where while whereas because although though but once unless".split())
# -- used by findings/timeline/excerpt.py: times said relative to the report, another time's in a label
TIMES_SAID_RELATIVELY = (
    "last year", "next year", "this year", "last month", "next month", "this month", "last week", "next week",
    "this week", "yesterday", "tomorrow",
)
# -- used by findings/timeline/excerpt.py: verbs before what one side claims ("Mondlane claims the
# vote was rigged"), which a label may not state without them
CLAIMING_VERBS = ("claims", "claimed", "alleges", "alleged", "insists", "insisted", "maintains", "maintained", "contends", "contended")
# -- used by findings/timeline/excerpt.py: verbs whose label is nothing without what they showed
# or put forward ("Interim analysis showed", "A Buzzfeed article alleged")
VERBS_OF_SHOWING = frozenset(
    """showed shows shown found finds alleged alleges suggested suggests indicated indicates claimed claims
    estimated estimates predicted predicts argued argues stated states""".split()
)
# -- used by findings/timeline/excerpt.py: a promise made, whose date is what was promised, not
# the promise's ("He promised to hold elections in July 2023"; not "plans to picket Tuesday")
VERBS_OF_PROMISING = frozenset("promised pledged vowed threatened".split())
# -- used by findings/timeline/excerpt.py: words a label cut short ends on ("could reach the market
# as soon as", "share more data or", "will be", "the latest body to be discovered means")
WORDS_A_LABEL_DOES_NOT_END_ON = frozenset(
    "as than or and but nor the a an be been being that which whose whether if because so beginning starting do"
    " means meant".split()
)
# ... nor on these, before the words of its date that were cut out ("was nearly, \u2026" of "was
# nearly nine months ago")
WORDS_LEFT_BEFORE_A_CUT_DATE = frozenset("nearly almost roughly".split())
# -- used by findings/timeline/excerpt.py: of those, the ones that also decide or govern ("has
# ruled Mozambique since 1975"), not only make a finding known
VERBS_OF_DECIDING = frozenset("ruled determined concluded decided".split())
SAYING_VERBS_BEFORE_WHAT_WAS_SAID = frozenset(
    "said says insisted argued warned noted stressed suggested believes claimed claims".split()
)
WORDS_AFTER_A_SAYING_OF_THE_SAYING = frozenset(
    """in at on during late early earlier later this last next yesterday today tonight to after
    before when while by via through from with as and but then again also previously recently
    publicly privately repeatedly shortly separately overnight afterwards afterward once only
    first just still that of he she they we i it his her their its our my him them us""".split()
)

# Verbs by which someone else is reported pressing a demand: "..., and Zahawi urged the PM to go".
URGING_VERBS = "urged|urges|asked|asks|demanded|demands|called on|calls on|appealed|pleaded"

# What "said" takes as a thing rather than a statement: "said goodbye to his team-mates".
# What "told" or "tells" takes as a thing: "tells the stories of 12 characters", "told a joke".
# What "claimed" takes as a thing: "claimed victory", "claimed responsibility".
# -- used by findings/quotes.py: a saying's verb that may also add a thing to others ("adds these
# medals to her two golds")
ADDING_VERBS = frozenset(("add", "adds", "added"))
SAID_AS_A_THING = frozenset(
    "goodbye good-bye farewell hello grace prayers story stories tale tales joke jokes victory responsibility".split()
)
# Words before a few capitalised words in quotation marks that make them a name or a title,
# not someone's words: "earned the nickname \u201cThe Razor\u201d", "a show dubbed \u201cBig Night\u201d", "her
# 1985 classic \u201cThe Handmaid's Tale\u201d".
NAMING_WORDS = "nickname|nicknamed|dubbed|known as|titled|entitled|" \
    "novel|book|memoir|film|movie|song|album|play|poem|sequel|classic|documentary|musical|opera|bestseller|best-seller"
# Words before quotation marks that give a crowd's or a sign's words, not the speaker's of the
# sentence: "announced the result to chants of \u201cStrike! Strike!\u201d", "a placard reading \u201cNo war\u201d".
CROWD_WORDS_BEFORE = "chants of|chant of|cries of|cry of|shouts of|chorus of|roars of|chanting|"\
    "signs reading|sign reading|placards reading|placard reading|banners reading|banner reading|"\
    "signs saying|sign saying|placards saying|banners saying|sign that read|signs that read|"\
    "banner that read|placard that read|t-shirts reading|t-shirt reading"
# Words before quotation marks that give what a word or name means or stands for, nobody's words:
# "referring to him as “Yog”, a nickname for “Yours Only George”", "the #NiUnaMenos
# (“Not one woman less”) movement" (an opening bracket is one too).
GLOSS_WORDS_BEFORE = (
    "nickname for", "short for", "stands for", "standing for", "meaning", "which means", "translated as",
    "translates as", "known as", "dubbed", "nicknamed", "a play on",
    # a name someone is given: "a teacher identified only as “Bob,”"
    "identified as", "identified only as", "only as", "referred to as", "goes by", "went by",
    # a phrase named, not said: "asked him why he used the expression “tangled web we weave”"
    "expression", "phrase", "the term", "the word", "the words", "slogan", "motto", "hashtag",
    "the terms", "phrases", "expressions", "titled", "entitled",
)


# -- used by findings/quotes.py
# Words that may follow "said" without being the speaker.
# A name right after one of these (perhaps past a lower-case title: "of victim X") is the object
# of a preposition, not the subject that says or does something. (Also used by
# findings/timeline/candidates.py: a sentence opening with one opens with a phrase, not a clause.)
OBJECT_PREPOSITIONS = frozenset(
    """of to with for against by from about at in on into onto over under between among toward
    towards than like behind beside near after before during including alongside via""".split()
)
NOT_A_SPEAKER_AFTER_VERB = frozenset(
    "on in at after before during the a an this that today yesterday later earlier also then".split()
) | frozenset(MONTHS) | frozenset(WEEKDAYS)


# -- used by findings/people.py
# Words that, right after a one-word name, make it a company's: "Acme Holdings", "Acme
# stores", "Acme shares". (Not "administration" or "campaign": "the Doe administration" is
# still the person's.)
COMPANY_WORDS = frozenset(
    "holdings inc corp corporation co company ltd llc plc stores store shares stock".split()
    # what a company has that a person does not ("Ford CEO Jim Farley", "Ford's executives")
    + "ceo motor motors executives employees headquarters vehicles plant plants factory factories "
    "dealers dealerships shareholders".split()
)

# -- used by findings/people.py: words that may stand before a person's first name ("Prince
# Harry", "Pope Francis", "Sir Michael"); any other capitalised word there makes the first name
# part of another name ("Shot Sage Blue Marilyn", a painting)
FIRST_NAME_HONORIFICS = frozenset(
    "prince princess queen king pope saint st sir dame lady lord sister brother father mother aunt "
    "uncle mr mrs ms miss dr cardinal archbishop bishop rabbi imam sheikh emir sultan crown".split()
)

# -- used by language/dates.py: bodies named after a year ("the 1922 Committee"), whose year
# dates nothing
# -- used by findings/descriptors.py: the head of an institution's name that "of" or "for" goes on
# from inside a title ("Bank of Japan Governor", "Department of Justice spokesman")
INSTITUTION_HEAD_WORDS = frozenset(
    """bank department ministry office agency administration board council court university institute
    bureau commission committee authority service secretary""".split()
)
NAMED_BODY_WORDS = ("committee", "club", "society", "group", "foundation", "commission", "movement", "network")
# -- used by language/dates.py: kinds of work whose title may be a year ("war drama 1917"), which
# dates nothing
WORK_NOUNS = ("film", "movie", "drama", "epic", "thriller", "comedy", "documentary", "musical", "novel",
              "album", "song", "play", "opera", "sitcom", "biopic")
# -- used by findings/people.py: words that, after a one-word name and at most one more
# capitalised word, capitalised themselves, make it a place's name wherever it is written ("the
# Rana Plaza building", "Trump Tower"; not "with Lee building a coalition")
NAMED_PLACE_WORDS = frozenset(
    "plaza tower building hall stadium arena square street avenue bridge airport theater theatre dam "
    "reservoir farm estate road highway park".split()
)
# Words that, after a one-word name and at most one more capitalised word, make it the name of
# a thing named after the person: "the Nobel Committee", "the Nobel Peace Prize", "a Nobel
# laureate", "the Kennedy Center".
NAMED_THING_WORDS = frozenset(
    """prize prizes award awards committee foundation institute center centre museum library trust
    fund laureate laureates lecture medal trophy cup""".split()
)
# -- used by findings/people.py: the small words inside a surname ("Barrio de la Torre", "van
# Vleuten"), after which a capitalised word ends another name
SURNAME_PARTICLES = frozenset("de del della di da du des dos das van von la".split())
# -- used by findings/people.py: groups a people's name goes before as an adjective ("Baloch
# militants", "Baloch political prisoners", "the Baloch Liberation Army"), never a person
GROUPS_A_PEOPLES_NAME_DESCRIBES = frozenset(
    """militant militants rebel rebels separatist separatists insurgent insurgents fighters nationalist
    nationalists group groups community communities tribe tribes tribesmen prisoners activists
    liberation""".split()
)

# -- used by findings/quotes.py: people a sentence may bring in unnamed ("A doctor working in the
# province ... posted a video. He claims ..."), besides the role nouns, or name as its subject
# ("Police confirmed that the suspect is a Syrian. ... He also told police ..."): the next "he"
# is theirs
SOMEONE_UNNAMED_NOUNS = frozenset(
    """doctor physician surgeon nurse paramedic witness resident man woman boy girl student teacher
    worker survivor neighbour neighbor relative source volunteer rescuer medic farmer driver
    passenger pilot victim suspect attacker assailant gunman killer perpetrator""".split()
)

# -- used by findings/descriptors.py
# Nouns that name a role, a relation or a kind of person: a lower-case word just before a
# name must be one of these for the words before it to be a title ("opposition leader").
# -- used by findings/facts.py: nouns besides roles that describe someone a sentence goes on about
# ("The singer ...", "The teenager ...")
PEOPLE_NOUNS_OF_A_DESCRIPTION = frozenset(
    """man woman boy girl teenager teen actor actress star entertainer comedian presenter athlete
    businessman businesswoman entrepreneur executive billionaire veteran victim suspect defendant
    survivor singer-songwriter songwriter rapper director producer novelist""".split()
)
ROLE_NOUNS = frozenset(
    """leader president minister envoy laureate winner chief head chair chairman chairwoman deputy
    founder co-founder editor editor-in-chief lawyer attorney activist figure diplomat dissident
    politician candidate hopeful adviser advisor spokesman spokeswoman spokesperson sister brother
    wife husband son daughter mother father partner banker journalist reporter blogger musician
    flautist dictator ruler strongman opponent critic ally official commander general secretary
    ambassador prisoner detainee analyst expert director coordinator member defender campaigner
    colleague friend representative negotiator mediator researcher economist professor writer
    author poet artist singer player coach premier chancellor king queen prince governor mayor
    senator congressman congresswoman judge magistrate prosecutor officer soldier colonel captain
    administrator commissioner astronaut cosmonaut pilot""".split()
)


# -- used by findings/descriptors.py
# Words that end a description read backwards from the name.
# Words before a title that say whether it is the person's now: "former Dallas Police Officer"
# without "former" would make her a serving officer.
# Words in -ing that open a title rather than a clause: "Managing Director Jo Roe", "Presiding judge".
TITLE_PARTICIPLES = frozenset(
    """acting managing presiding ranking reigning governing ruling sitting serving visiting leading
    founding commanding outgoing incoming consulting supervising""".split()
)
TITLE_STATUS_WORDS = frozenset("former late acting interim outgoing incoming then ex ex- shadow".split())
# -- used by findings/numbers.py: a rank's first word, part of what is counted ("14 vice
# presidents" are not 14 presidents, nor "three deputy ministers" three ministers)
RANK_PREFIXES = frozenset("vice deputy assistant associate acting interim junior".split())
# -- used by findings/descriptors.py: the first half of a department's name joined by "and" in
# a title ("Health and Human Services Secretary", "Trade and Industry Minister")
DEPARTMENT_WORDS = frozenset(
    """health housing trade business energy food media science foreign work works education transport transportation
    agriculture defence defense justice labour labor commerce finance planning environment culture
    security communications employment industry fisheries""".split()
)
DESCRIPTION_STOP_WORDS = frozenset(
    """the a an this that these those and or but nor with by between against to from in on at
    after before as like than while when whom who which whose where how why what given despite unlike
    said says told met meets
    is was were are be been being has had have do does did will would can could may might
    including among amid alongside also not no for of call calls called named dubbed thanked
    urged praised accused criticised criticized recognise recognised recognize recognized elected
    appointed freed released jailed arrested pardoned visited joined replaced blamed asked
    invited engaged meet see saw hug hugged embraced there here then now so yet later earlier
    meanwhile however still instead thus today yesterday tonight whether if unless although though
    because once whereas under since during until despite following upon over without unlike
    even only just sentenced convicted acquitted charged indicted fired sacked
    afterwards afterward eventually finally initially subsequently separately per via according
    both neither either all each every""".split()  # "Both Mr. Trump and Kim": how many, not who
) | {day.lower() for day in WEEKDAY_NAMES} | set(MONTHS)  # "on Friday sentenced Jo Roe", "In August Roe": when, not who
# Words that open a phrase before a sentence's subject ("After meeting Jo Roe, the office ..."):
# what follows the phrase's comma is the sentence itself, not an apposition of the name it ends on.
OPENING_PHRASE_WORDS = (
    "After", "Before", "While", "When", "Since", "Despite", "Following", "Upon", "On", "In", "At", "With",
    "Without", "Unlike", "Like", "As", "Although", "Though", "Because", "If", "Until", "Besides", "Beside",
    "Alongside", "Against", "For", "From", "To", "Under", "Over", "According", "Including", "Excluding",
    "Among", "Beyond",
)
# Titles of courtesy, which say nothing of who a person is: "Ms" alone is no description.
COURTESY_TITLES = frozenset("mr mr. mrs mrs. ms ms. miss mx".split())


# -- used by findings/descriptors.py
# First words that make what follows a comma something other than a description.
NOT_APPOSITIVE_OPENERS = frozenset(
    """and or but nor said says told according which where when while as in on at to from for
    with by after before during since who's whose if then so also""".split()
)


# -- used by findings/descriptors.py
APPOSITIVE_OPENERS = frozenset("a an the who former ex- deputy acting then".split())


# -- used by findings/descriptors.py
POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())


# -- used by findings/descriptors.py
ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ed", "ive", "ous", "ent", "ant", "ful", "ish", "ary", "ory", "less", "ese")


# -- used by findings/names.py: nouns whose "of" names a place ("part of France", "the capital
# of Serbia"), never a registered surname misspelt
PLACE_NOUNS_BEFORE_OF = (
    "part", "parts", "capital", "territory", "territories", "government", "people", "citizens", "north",
    "south", "east", "west", "centre", "center", "coast", "region", "province", "state", "city", "country",
    "rest", "king", "queen", "republic", "kingdom", "embassy", "consulate",
)
# -- used by findings/names.py
# Words that name an organisation, an institution, an award or a publication, not a person.
ORGANISATION_WORDS = frozenset(
    """committee commission council center centre prize award union ministry department
    headquarters directorate agency office bureau service services news times press post
    journal herald tribune gazette express daily weekly radio television tv channel network
    media university college school academy institute foundation fund bank company corporation
    group party movement front alliance coalition association society organisation organization
    court parliament assembly senate congress government administration army forces police
    guard navy command airlines airline airways embassy consulate mission nations states
    republic kingdom federation church museum library hospital prison colony station
    international""".split()
)


# -- used by findings/numbers.py: counts written in words, their scales, and the words that
# qualify a count ("over 100", "nearly 40"), each with the qualifier it stands for.
COUNT_UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
COUNT_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Telephone numbers of emergency services, which news writes as words ("911 calls").
EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "110", "119"})
# Sayings that hold a number of nothing counted: "added his two cents", "the lesser of two evils".
NUMBER_IDIOMS = (
    "my two cents", "his two cents", "her two cents", "their two cents", "our two cents", "your two cents",
    "lesser of two evils", "two sides of the same coin", "one of a kind", "in two minds",
    "at sixes and sevens", "nine lives", "split two ways", "split three ways", "split four ways",
    "divided two ways", "divided three ways",
)
# -- used by findings/amounts.py: a sum before these words is a banknote's face ("as phony as a $3
# bill", "$100 bills"), and a whole share before these is a way of saying "wholly" ("100% real")
BANKNOTE_WORDS = frozenset({"bill", "bills", "note", "notes", "banknote", "banknotes"})
WORDS_OF_CONVICTION = frozenset(
    """real sure certain confident committed behind true correct right wrong convinced focused fit honest
    serious genuine guaranteed positive fake false accurate""".split()
)
COUNT_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
                "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
# Nouns in the singular that name a group of people: "39 passengers and crew" counts both.
GROUPS_OF_PEOPLE = frozenset("crew staff personnel police family".split())
# Words before what is counted that make it another thing: "four attempted murders" are no murders,
# "eight suspected cases" no cases confirmed
MODIFIERS_OF_ANOTHER_KIND = frozenset("attempted failed foiled thwarted suspected probable possible presumed alleged".split())
# Possessives that name a kind of thing, not its owners: "four men's World Cup titles", "two
# women's singles titles"
POSSESSIVES_NAMING_A_KIND = frozenset("men women children boys girls ladies".split())
# Of those, the ones that close a count of all aboard, never open a clause of their own ("189
# passengers and crew capsized in", unlike "five protesters and police clashed in")
GROUPS_OF_A_SHIPS_COMPANY = frozenset({"crew"})
COUNT_QUALIFIERS = {
    "over": "over", "more than": "over", "upwards of": "over", "at least": "at least",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "around": "around", "about": "around", "some": "around", "roughly": "around",
    "approximately": "around", "an estimated": "around", "up to": "up to", "fewer than": "under",
    "less than": "under", "under": "under", "exceeding": "over", "in excess of": "over", "as many as": "up to",
    # (a bound denied is the other bound: "no fewer than 20" is at least 20, "no more than" up to)
    "no more than": "up to", "not more than": "up to", "no fewer than": "at least", "not fewer than": "at least",
    "no less than": "at least", "not less than": "at least", "a minimum of": "at least", "a maximum of": "up to",
}

# Words after which "over" may give a cause, not a bound: "admonished her on Monday over 12
# meetings" is about 12 meetings, not more than 12 ("killed over 100", "fired over 4,000 rockets"
# are bounds: verbs that take a count as their object are not listed).
OVER_AS_A_CAUSE_AFTER = frozenset("""
    admonish admonished admonishes rebuke rebuked rebukes reprimand reprimanded criticise criticised
    criticize criticized condemn condemned resign resigned resigns resigning quit quits quitting
    sacked suspended sue sued sues suing investigate investigated investigating probe probes
    row rows rowed dispute disputes anger angry outrage outraged fury furious concern concerns
    concerned fears feared worries worried worry protest protests protested protesting clash clashes
    clashed feud spat tension tensions uproar backlash apologise apologised apologize apologized
    apology blame blamed accused accusing censure censured impeach impeached summoned walkout
    standoff stand-off ban bans banned suspension fine fined penalty penalised penalized
    alert alerts warning warnings warned
""".split())

# -- used by findings/numbers.py and findings/amounts.py: verbs whose "over" is their own, no bound
# ("must fork over $148 million", "handed over 20 bodies")
# Verbs "around" goes with, as a preposition and not "about": "revolved around six charges", "take
# you around 100 farms"
# -- used by findings/amounts.py: verbs whose "about" is what they are about, not a round figure
# ("we are talking about 96 deaths": exactly 96)
VERBS_TAKING_ABOUT = (
    "talk", "talks", "talking", "talked", "speak", "speaks", "speaking", "spoke", "ask", "asks", "asked",
    "asking", "worry", "worried", "worrying", "care", "cares", "cared", "think", "thinking", "know", "knew",
)
VERBS_TAKING_AROUND = (
    "revolve", "revolves", "revolved", "revolving", "centred", "centered", "centres", "centers", "built",
    "take you", "took us", "show you", "showed us", "walk", "walked", "travelled", "traveled", "toured",
)
VERBS_TAKING_OVER = (
    "fork", "forks", "forked", "forking", "hand", "hands", "handed", "handing", "turn", "turns", "turned",
    "turning", "shell", "shells", "shelled", "shelling", "sign", "signs", "signed", "signing", "hand back",
    # moving across or above a place: "a tsunami swept over three resorts", "flew over two towns"
    "swept", "sweeps", "sweeping", "flew", "flown", "flies", "flying", "passed", "passes", "hovered", "hovering",
    "washed", "spilled", "spilt", "rolled", "presided", "presides", "towered", "loomed",
)
# -- used by findings/amounts.py: verbs whose "up to" is where a figure rose to, no bound ("his
# first-serve rate went up to 78%")
VERBS_TAKING_UP_TO = ("went", "go", "goes", "going", "gone", "climbed", "climbs", "moved", "moves", "edged", "crept", "shot")
# -- used by findings/amounts.py and findings/numbers.py: verbs whose "under" names the law or the
# counts they act by, no bound ("convicted under three felony counts", "charged under two laws")
VERBS_TAKING_UNDER = (
    "convicted", "charged", "indicted", "prosecuted", "sentenced", "tried", "jailed", "detained",
    "arrested", "booked", "guilty", "acquitted", "cleared",
)
# -- used by findings/amounts.py: the words that qualify an amount ("about $2m").
AMOUNT_QUALIFIERS = {
    "about": "around", "around": "around", "almost": "nearly", "nearly": "nearly", "roughly": "around",
    "approximately": "around", "close to": "nearly",
    "some": "around", "over": "over", "more than": "over", "less than": "under", "at least": "at least",
    "up to": "up to", "as much as": "up to", "as high as": "up to", "beyond": "over",
    "under": "under", "just under": "nearly",
    "below": "under", "above": "over", "fewer than": "under", "exceeding": "over", "exceeded": "over", "exceeds": "over", "exceed": "over",
    "no more than": "up to", "not more than": "up to", "no less than": "at least", "not less than": "at least",
}


# -- used by findings/timeline/candidates.py
# Nouns of a relation to a person: "the mother of X died", "an ally of X resigned" are about
# someone the sentence does not name, not about X.
RELATION_NOUNS = frozenset(
    """mother father son daughter wife husband brother sister sibling siblings parent parents child
    children widow widower fiance fiancee girlfriend boyfriend partner cousin uncle aunt niece nephew
    grandson granddaughter grandmother grandfather relative relatives family friend friends ally
    allies aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson lawyer
    lawyers attorney attorneys supporter supporters critic critics rival rivals successor
    predecessor deputy colleague colleagues associate associates bodyguard assistant secretary
    staff employee employees member members neighbour neighbor neighbours neighbors
    client clients homeland hometown birthplace""".split()
)
# -- used by findings/people.py: someone of a person's, "her
# constituent", "his wife", whom a "she" or "he" after it may stand for
SOMEONES_PEOPLE = RELATION_NOUNS | frozenset({"constituent", "constituents"})
# -- used by findings/quotes.py and language/spelling.py
# Words a title leaves in lower case: "Face the Nation", "Meet the Press", "Guilty of Murder with a Gun".
TITLE_SMALL_WORDS = frozenset("a an and the of in on for to at by with from into onto over upon amid than".split())
# Nouns a name is put before as their owner: "the Jane Roe campaign says" is the campaign's
# statement, not Roe's (with RELATION_NOUNS: "the Doe spokesman said").
OWNED_BY_NAME_NOUNS = frozenset(
    """campaign campaigns camp team administration government family foundation estate office
    organization organisation""".split()
)
# -- used by findings/timeline/candidates.py and findings/numbers.py: who a year before them names
# ("2022 Wimbledon runner-up Ons Jabeur" is no happening of 2022, and no count of 2,022)
TITLE_HOLDER_NOUNS = (
    "runner-up", "runners-up", "champion", "champions", "winner", "winners", "finalist", "finalists",
    "semi-finalist", "semifinalist", "medallist", "medalist", "nominee", "laureate", "mvp",
)
# -- used by findings/timeline/candidates.py
# Words of a comparison that reaches back in time: "the worst unrest since 1968" dates nothing.
SUPERLATIVE_WORDS = (
    "worst", "biggest", "largest", "highest", "lowest", "deadliest", "strongest", "heaviest", "best",
    "greatest", "first time", "youngest", "oldest", "fastest", "longest",
)
# "Y was named to replace X": X is whom the happening's subject follows in a post, not its subject.
PREDECESSOR_PHRASES = (
    "to replace", "replacing", "replaced", "in place of", "to succeed", "succeeding", "succeeded", "succeeds",
    "takes over from", "took over from", "taking over from", "take over from",
)


# -- used by findings/people.py
# Words that make an editor's sentence about a person a statement of fact (with a number or a
# month, which the check finds by shape): such a sentence should cite the article it rests on.
STATED_FACT_WORDS = frozenset(
    """arrested detained jailed imprisoned sentenced convicted charged acquitted released freed
    pardoned born died killed murdered elected appointed resigned dismissed fired founded married
    divorced aged""".split()
)


# -- used by findings/names.py
# Titles and forms of address that stand before a name without being part of it.
TITLE_WORDS = frozenset(
    """president prime minister mr mrs ms miss dr prof professor sir madam dame lord lady
    envoy special ambassador leader chief chair chairman chairwoman director general secretary
    senator governor mayor judge justice king queen prince princess pope saint st father
    sister brother wife husband mother son daughter uncle aunt deputy foreign former acting
    vice colonel major captain lieutenant sergeant commander admiral representative rep sen
    gov""".split()
)


# -- used by extract/sentences.py
# Words that take a full stop without ending a sentence. General English and news style only.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr prof gen col lt sgt capt cmdr adm rep sen gov pres rev fr
    atty supt insp det maj brig cpl pvt lieut const cst gov't asst assoc
    th
    no nos vs etc inc ltd co corp dept est approx fig vol pp ed eds mt
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u u.s.a a.m p.m i.e e.g""".split()
)


# -- used by findings/timeline/candidates.py: words before a relative date that go with it when a
# label leaves the date out ("Just last month, a judge blocked ...")
WORDS_BEFORE_A_RELATIVE_DATE = ("just", "only", "even", "as recently as", "as early as")

# -- used by findings/numbers.py
# Plural nouns that do not end in "s".
IRREGULAR_PLURALS = frozenset(
    "people men women children police staff personnel troops aircraft spacecraft millennia".split()
)


# -- used by findings/numbers.py
# Words that end the noun phrase after a number.
COUNTED_PHRASE_STOP_WORDS = frozenset(
    """of on in at from to for with by as and or but who whom whose which that were was are is be
    been being have has had will would could should may might can remain remained remains
    including after before during since than into onto over under across through while when
    where among along said told this these those their his her its our towards afterwards backwards
    forwards upwards downwards onwards besides unless whereas perhaps always""".split()
)


# -- used by findings/numbers.py
# Words before a number that make it a rank or the name of a numbered thing, not a count:
# "top 10", "No. 1", "Count 1 - found not guilty", "Category 4 storm", "Article 50", "Phase 2".
NUMBERED_LABEL_WORDS = (
    "top", "no", "number", "ranked", "rank", "seeded", "count", "chapter", "article", "section", "paragraph",
    "clause", "phase", "category", "level", "grade", "stage", "round", "episode", "season", "flight", "route",
    "gate", "platform", "room",
)
# Words that make a count the figure of the day it was written: "there are now 79", "has
# risen to 58", "so far", "as of this morning".
RUNNING_TALLY_WORDS = (
    "now", "so far", "to date", "as of", "rose to", "risen to", "climbed to", "jumped to", "increased to",
    "latest toll", "latest figure", "containment",
)
# ... and after it: "14 percent contained", a fire's share held on the day it was written
RUNNING_TALLY_WORDS_AFTER = ("contained",)
# Words that make a sentence's figures those of a moment of the day, its low or its peak ("down
# at one point by 11 per cent", "dropping by as much as 11.5 per cent"): another report's figure
# for the day, its close, does not contradict them.
MOMENT_FIGURE_WORDS = (
    "at one point", "at one stage", "as much as", "as little as",
    "at its lowest", "at its highest", "at its peak", "intraday",
)
# Words of a toll, which rises from one day's report to the next: "18 people were killed",
# "53 confirmed cases". Reports of different days give each day's toll, not a disagreement.
TOLL_WORDS = (
    "killed", "dead", "died", "deaths", "death toll", "injured", "wounded", "missing", "cases",
    "infected", "casualties", "toll", "hospitalised", "hospitalized",
)
# What a toll counts, as a count's own words say it: the dead, the missing and the hurt are three
# tolls ("11 climbers have died and 12 are still missing"), never one told two ways.
TOLL_STATES = {
    "dead": (
        "killed", "dead", "died", "deaths", "death toll", "bodies", "fatalities", "perished", "lost their lives",
        "killing",
    ),
    "missing": ("missing", "unaccounted for"),
    "hurt": ("injured", "wounded", "hurt", "injuring", "wounding"),
    # (those taken to hospital are some of the hurt, or all of them: no rival count of the hurt)
    "in hospital": ("hospitalised", "hospitalized", "in hospital", "to hospital", "to hospitals"),
    "rescued": ("rescued", "survived", "survivors", "evacuated"),
    "aboard": ("aboard", "on board", "onboard"),  # those on a boat or plane, not the toll among them
}
# -- used by findings/numbers.py: stock indexes whose names end in a number ("S&P 500 futures")
STOCK_INDEX_NAMES = ("S&P", "FTSE", "Nikkei", "DAX", "CAC", "Stoxx", "STOXX", "Russell", "Hang Seng", "ASX", "Nifty")
# Which way a share or a price moved, told just before it ("fell more than 40%", "up around 34%")
# or just after it ("a 10 percent jump"): a rise and a fall are two figures, never one.
CHANGE_DIRECTIONS = {
    "up": (
        "up", "rose", "risen", "rise", "rises", "rising", "jumped", "jump", "jumps", "gained", "gain", "gains",
        "climbed", "climb", "increased", "increase", "increases", "surged", "surge", "soared", "higher", "grew",
        "growth", "boosted", "rallied", "rally",
    ),
    "down": (
        "down", "fell", "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "lost", "loss", "declined",
        "decline", "declines", "decreased", "decrease", "slid", "slump", "slumped", "plunged", "plunge", "tumbled",
        "sank", "lower", "cut", "shrank", "shed",
    ),
}
# Words between a toll's verb and its count: "killing more than 1,000", "injuring over 1,500".
TOLL_VERB_TO_COUNT_WORDS = ("more than", "over", "at least", "nearly", "almost", "about", "around", "some", "up to")
CONTEXT_STOP_WORDS = frozenset(
    """the a an and or but of to in on at for with by from as is are was were be been has have had
    it its this that these those their his her he she they them who which after before about
    into over than also all some other more most not""".split()
)


# -- used by findings/facts.py
# Words that show the text before a name is not just a title: the name is not the subject.
NOT_A_TITLE_WORDS = frozenset(
    """of to with by for from between among and or but that which who was were is are has had
    have said says told after before in on at as also than against about when while if because
    including""".split()
)
# Words for people the text does not name: "those arrested", "protesters detained", "arrested
# dozens": an arrest of these is not the arrest of the person whose clause it is in.
UNNAMED_GROUP_WORDS = frozenset(
    """those people others protesters demonstrators persons men women suspects activists rioters
    youths juveniles adults dozens hundreds thousands several many some""".split()
)


# -- used by findings/timeline/candidates.py
# Kinds of happening, by the words that name them. "Personal" kinds happen to someone: two
# reports are the same arrest only if they are about the same person. Collective ones (an
# election, a war) are one happening for everyone named in them.
HAPPENING_KINDS: dict[str, tuple[bool, tuple[str, ...]]] = {
    # A conviction and the sentence are two kinds (see SAME_OCCASION_KINDS).
    "sentence": (True, ("sentenced", "jailed for", "given a")),
    "conviction": (True, ("convicted", "found guilty", "verdict")),
    "arrest": (True, ("arrested", "arrest", "detained", "detention", "jailed", "imprisoned", "in prison",
                      "political prisoner", "behind bars", "abducted", "kidnapped", "seized")),
    "release": (True, ("released", "release", "releases", "freed", "pardoned", "set free", "walked free")),
    "award": (True, ("prize", "award", "awarded", "honoured", "honored", "medal")),
    "move": (True, ("transported", "transferred", "taken to", "handed over", "arrived", "arriving",
                    "arrives", "en route", "transiting", "deport", "deported", "expelled", "exiled",
                    "fled", "crossed", "flown", "returned")),
    "death": (True, ("died", "killed", "death", "dead")),
    "founding": (True, ("founded", "established", "set up")),
    "closure": (False, ("closed", "closes", "closure", "shut", "shuts", "shut down", "shutdown", "suspended",
                        "ceased trading", "went bust", "gone bust", "bankrupt", "bankruptcy", "insolvency",
                        "liquidation")),
    "opening": (False, ("opened", "opens", "reopened", "reopens", "reopening", "open again", "inaugurated")),
    "disaster": (False, ("earthquake", "quake", "flood", "floods", "flooding", "storm", "typhoon", "hurricane",
                         "cyclone", "wildfire", "landslide", "tsunami", "eruption", "erupted", "landfall",
                         "struck", "hit")),
    "accident": (False, ("crash", "crashed", "collision", "collided", "derailed", "explosion", "exploded",
                         "collapsed", "collapse", "fire")),
    "injury": (True, ("injured", "wounded", "hurt", "stabbed", "shot", "beaten", "punched")),
    "trial": (True, ("trial", "charged", "indicted", "pleaded", "testified", "hearing", "acquitted")),
    "launch": (True, ("launched", "launch", "lift-off", "liftoff", "landed", "landing", "touched down",
                       "touchdown", "orbit")),
    # Leaving an office and taking one are two kinds: one person's resignation and another's
    # appointment to the same post, on the same day, are two happenings.
    "resignation": (True, ("resigned", "resigns", "resign", "resignation", "stepped down", "steps down",
                           "step down", "quit", "quits", "departure")),
    "appointment": (True, ("appointed", "sworn in", "took office", "nominated")),
    "concession": (True, ("conceded", "concedes", "concede", "conceding", "admitted defeat")),
    "result": (True, ("victory", "defeated", "champions", "scored", "goal", "primary")),
    "election": (False, ("election", "elections", "vote", "voted", "elected", "ballot", "referendum")),
    "protest": (False, ("protest", "protests", "protesters", "demonstration", "demonstrations", "rally",
                        "uprising", "strike")),
    "war": (False, ("invasion", "invaded", "war", "offensive", "attack", "attacked", "troops")),
    "sanctions": (False, ("sanction", "sanctions", "embargo", "restrictions", "tariff", "tariffs", "lifted",
                          "lifting", "imposed", "eased", "easing")),
    "talks": (False, ("talks", "negotiations", "negotiated", "meeting", "meetings", "summit", "met",
                      "meet", "meets", "visit", "visited")),
    "statement": (True, ("said", "says", "told", "announced", "wrote", "posted", "statement", "speaking",
                         "speaks", "spoke", "thanked", "welcomed", "comments", "urged", "called",
                         # a reaction to a happening is another happening than it
                         "congratulated", "congratulating", "paid tribute", "paying tribute")),
}


# -- used by findings/timeline/candidates.py: nouns of a happening a date after its place may
# name ("arrested today ... over the train accident in Odisha's Balasore last month")
HAPPENING_NOUNS_NAMED_WITH_A_PLACE = (
    "accident", "crash", "collision", "derailment", "explosion", "blast", "fire", "disaster", "attack",
    "shooting", "stabbing", "bombing", "earthquake", "quake", "flood", "floods", "landslide", "stampede",
    "crush", "collapse", "riot", "riots", "massacre", "sinking", "shipwreck",
)
# Kind words that are also a verb's bare form, of what others call for: after "to" ("called on
# him to resign", "agreed to release them") they name what someone wants, not a happening. (Not
# "to meet" or "to visit": "set to visit on Saturday" dates the visit itself.)
BARE_KIND_VERBS = frozenset({"arrest", "release", "deport", "shut", "shut down", "resign", "step down", "quit", "concede"})
# Verbs of asking for a happening: what follows them ("ordered the arrest of Rana", "called for
# his immediate release", "demanded her resignation") is wanted, not done.
DEMANDING_VERBS = (
    "ordered", "orders", "ordering", "demanded", "demands", "demanding", "called for", "calls for", "calling for",
    "sought", "seeks", "seeking", "pressed for", "pushed for", "asked for", "appealed for", "requested",
)

# Things published, not people freed: "updated vote count released Wednesday", "released a
# statement", "the release of the report" are no release of a prisoner. (Not "number", "record"
# nor "single": "released a number of prisoners", "a record 123", "a single mother".)
PUBLISHED_THINGS = (
    "count", "counts", "tally", "numbers", "figures", "result", "results", "data",
    "statistics", "report", "reports", "statement", "statements", "video", "videos", "footage", "image",
    "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "document", "documents",
    "list", "poll", "survey", "letter", "recording", "recordings", "audio", "transcript", "transcripts",
    "records", "files", "details", "email", "emails", "album", "song", "film",
    "movie", "book", "trailer", "version", "update", "guidance", "findings", "budget", "plan", "forecast",
)

# Words that open a noun phrase: a "that" or "which" after one starts a relative clause about
# the thing ("the fire that ..."), not what someone said ("confirmed on Monday that ...").
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})


# -- used by findings/timeline/merge.py
# Kinds that happen to a person once in the span of one story: two outlets dating one person's
# arrest or resignation differently disagree, and two reports of it the same month are one. A
# person can concede, speak, be hurt or win more than once, so two dates for those are two
# happenings, not a disagreement.
ONCE_PER_PERSON_KINDS = frozenset({"arrest", "release", "death", "sentence", "conviction", "founding", "resignation"})
# Kinds often told of one occasion: a conviction and its sentence on the same day are one
# hearing, and are grouped when their dates agree; on two dates ("convicted Feb. 24", "sentenced
# on Wednesday") they are two happenings, not a disagreement. Kind -> the kind it is grouped with.
SAME_OCCASION_KINDS = {"conviction": "sentence"}


# -- used by findings/timeline/candidates.py
# How the busiest day is organised when content/timeline.yaml names no topics.
DEFAULT_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("What happened", ("released", "freed", "release", "arrested", "detained", "killed", "died", "signed",
                       "began", "ended", "held", "happened", "took place", "won", "elected", "struck", "hit",
                       "killing", "occurred", "crashed", "collapsed", "erupted", "exploded", "attacked",
                       "convicted", "sentenced", "resigned", "appointed", "completed", "performed",
                       "launched", "declared", "conceded", "defeated", "reopen", "restore")),
    ("Decisions and deals", ("sanction", "sanctions", "deal", "agreed", "agreement", "lift", "lifted",
                             "lifting", "talks", "negotiations", "envoy", "relief", "easing")),
    ("Who went where", ("transported", "transferred", "taken to", "handed over", "arrived", "arriving",
                        "arrives", "en route", "transiting", "border", "crossed", "flown", "left")),
    ("Reactions", ("said", "says", "told", "thanked", "welcomed", "wrote", "statement", "speaking",
                   "speaks", "spoke", "comments", "reacted", "praised", "condemned", "urged")),
)


# -- used by findings/people.py: words of how many, which open sentences in capitals ("Many
# thousands of people gathered") and are no near-spelling of a name ("Mary")
QUANTIFIERS = frozenset("many most much more few fewer several some any every each all both either neither".split())


# -- used by findings/timeline/candidates.py
STOPWORDS = frozenset(
    """a about after again against all also among an and any are as at be been before being between
    both but by could did do does during each for from had has have he her hers him his how i if in
    into is it its itself just may me might more most much my no nor not now of off on once only or
    other our out over own same she should so some such than that the their them then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your said says told according reported report reports year years
    day days month months week weeks ago earlier later last previous eve since including
    hour hours time local early late morning afternoon evening night overnight midnight noon today
    yesterday tonight tomorrow""".split()
) | frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | frozenset(WEEKDAYS)


# -- used by findings/numbers.py: units of a distance, which after "the 60" or "fastest 100" name a race
DISTANCE_UNITS = (
    "metres", "meters", "m", "km", "kms", "kilometres", "kilometers", "miles", "yards", "feet", "foot", "ft",
    "inches", "inch", "cm", "centimetres", "centimeters", "millimetres", "millimeters",
)
# Speeds, read like distances: "about 1,300 mph" is a speed, not 1,300 of something unsaid
SPEED_UNITS = ("mph", "kph", "km/h", "knots")
# The plural a measure joined to its number names ("a 400-foot rocket" is 400 feet tall)
# (not "metre": "his final 100-meter race" names a race)
MEASURE_PLURALS = {"foot": "feet", "inch": "inches", "mile": "miles"}
# -- used by findings/people.py: a name's generation after its surname ("Roland Butler Jr.")
GENERATIONAL_SUFFIXES = frozenset("jr sr ii iii iv junior senior".split())
# -- used by findings/numbers.py: what a person is measured in (a height, a weight): two in one
# sentence are two people's, not one figure to weigh against another outlet's
BODY_MEASURES = frozenset("pounds lbs kilograms kg kilos feet inches centimetres centimeters cm stone".split())

# -- used by extract/cleaning.py: what a writer's note says the writer is ("X has worked as a
# senior writer at The Week")
WRITING_TRADES = ("writer", "reporter", "editor", "correspondent", "journalist", "columnist", "contributor")

# -- used by findings/timeline/candidates.py
# Action words that are nouns: a verb near the date says more about what happened then.
HAPPENING_NOUNS = frozenset(
    """prize award election elections vote ballot referendum protest protests protesters demonstration
    demonstrations rally uprising strike invasion war offensive attack troops sanction sanctions embargo
    restrictions tariff tariffs talks negotiations meeting meetings summit release releases arrest
    detention death dead statement comments move transfer""".split()
) | {"political prisoner", "in prison", "behind bars", "en route"}


# -- used by findings/timeline/candidates.py
# How a sentence tells that nothing is known or has happened yet: "There were no immediate
# reports of injuries Friday", "It was unclear Sunday if the ransom had been paid", "The city has
# not yet given any updates on Friday". A date in it is when nothing was known, no happening's.
ABSENCE_OPENINGS = (
    "there was no", "there were no", "there has been no", "there have been no", "there had been no",
    "there is no", "there are no", "it was unclear", "it is unclear", "it remains unclear",
    "it remained unclear", "it was not clear", "it is not clear", "it was not known", "it is not known",
    "it was not immediately clear", "it is not immediately clear", "it was not immediately known",
)
ABSENCE_VERB_PHRASES = ("has not yet", "have not yet", "had not yet", "has yet to", "have yet to", "had yet to")
# Words that open another clause after an absence, whose date is that clause's: "It remained
# unclear what led the crowd to surge on Saturday", "no new cases since Sept 25" (the last case's
# day), "There were no trains before 7.30am on Tuesday".
ABSENCE_CLAUSE_BREAKS = (
    "what", "which", "that", "who", "whom", "whose", "why", "how", "if", "whether", "but", "and", "nor",
    "when", "after", "before", "since", "until", "because",
)


# -- used by findings/timeline/candidates.py
LABEL_CUT_WORDS = frozenset(
    "after for while because though although when where following despite during until amid which "
    "who whose including".split()
)
# Of the words a label is cut at, those never opening a clause ("during the group's attacks"):
# a verb after their phrase is another clause's.
PREPOSITIONS_ONLY = frozenset("during amid despite".split())
# Words a label does not end on: what led to a date the label leaves out ("disrupted since",
# "scheduled for", "in the early hours of", "in Jacksonville just" of "just after 11:30 a.m.",
# "the treadmill about" of "about three years ago").
WORDS_BEFORE_A_LEFT_OUT_DATE = frozenset(
    "of since until till through from during by for the a an and or between just about almost nearly around roughly".split()
)
# "the early hours of", "the night of", "the end of": a part of the date left out, with it.
PARTS_OF_A_DAY_OR_SPAN = frozenset("hours night morning evening afternoon end eve start beginning middle quarter half".split())
WORDS_BEFORE_A_PART_OF_A_DAY = frozenset(
    "the early small wee late in into on at until till by during first second third fourth final last or".split()
)
# "ran into" the early hours left out, "disappeared in" mid-2017 left out: such a preposition goes
# with the date's other words, not alone ("sworn in" stays).
PREPOSITIONS_OF_A_DATE = frozenset("in on at into".split())
# A label opening on one of these was cut from its subject ("That he would resign", "Was found
# alive", "Said in a statement").
CLAUSE_OPENINGS_WITHOUT_A_SUBJECT = frozenset("that which was were is are has have had will would said says".split())
# "an alarm that was set off": the relative clause of a thing, labelled with the thing.
RELATIVE_PRONOUNS_OF_THINGS = frozenset("that which".split())
# "(That) he would resign": a subject opening what was said.
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
# "(that) before the ship was towed, ...": a conjunction or preposition opening a clause of its own.
WORDS_OPENING_A_CLAUSE = frozenset(
    "before after when while as if since because though although once until unless in on at by from during "
    "despite following amid under over for with".split()
)
# "Earlier today, Trump posted", "By Monday, officers had": an opening that is left with no date.
WORDS_OPENING_ON_A_LEFT_OUT_DATE = frozenset("by earlier later late early since until on at in as".split())


# -- used by extract/cleaning.py: page furniture of news sites, recognised by its words

# The outlet's own trade, in a paragraph that speaks to the reader ("Your donation allows us to
# keep sending journalists ...", "get the best of The Week delivered directly to your inbox",
# "This site uses cookies to improve your experience"): an appeal of the page, not the article.
READER_APPEAL_WORDS = (
    "journalism", "newsletter", "newsletters", "inbox", "subscribe", "subscriber", "subscribers",
    "subscribing", "subscription", "subscriptions", "unsubscribe", "donate", "donation", "donations",
    "contribution", "advertisement", "advertisements", "advertising", "cookie", "cookies", "sign up",
)

# -- used by extract/cleaning.py: where an outlet asks to be followed ("Follow Sky News on WhatsApp")
SOCIAL_NETWORKS = (
    "whatsapp", "twitter", "x", "facebook", "instagram", "telegram", "threads", "tiktok", "youtube", "linkedin",
    "google news", "bluesky", "snapchat",
)
# A donation appeal's lines: a short block holding one is not the article, nor is what stands
# between two of them a few paragraphs apart (`extract/cleaning.py`).
READER_APPEAL_PHRASES = (
    "every contribution counts", "make a contribution", "donate now", "support us to deliver",
    "support independent journalism", "support truly independent", "keep news free", "keep paywalls away",
    "pitched in to keep", "your support helps us", "your support makes", "support now",
    # (a newsroom's standing appeals: "SHARE: If you have anything to share that we should be looking into")
    "anything to share that we should", "interested in partnering with us",
)
# Calls to action, paywall prompts and page controls: a short block holding one is not the
# article. Phrases, not single words, so that an article about subscriptions or newsletters
# keeps its sentences.
PAGE_CONTROL_PHRASES = (
    "this video has been removed", "our rights have expired", "send a link to a friend", "supporting image for story",
    "subscribe now", "subscribe to our", "subscribe for", "subscribe today", "your subscription",
    "may earn a commission", "earn a commission from", "affiliate links",
    "subscription notification", "billing details", "billing information", "sign up for", "sign up to",
    "sign in to", "log in to", "currently logged", "our newsletter", "free trial",
    "today's paper", "e-edition", "start your trial", "start your free", "start free account", "create a free account", "premium stories", "unlimited access", "unlimited digital access",
    "continue reading", "read the full article", "read full article", "read the full story",
    "read more", "skip to main content", "skip to content", "free premium article", "free articles",
    "want to read more", "download our app", "download the app", "follow us on", "share this",
    "share on facebook", "share on twitter", "click here", "show caption", "hide caption",
    "show more", "show less", "view full size", "view gallery", "enable javascript", "cookie policy",
    "privacy policy", "terms of use", "terms & conditions", "terms and conditions", "community guidelines",
    "skip footer navigation", "must be logged in", "all rights reserved", "recommended for you", "most read",
    "trending now", "latest news", "more stories", "related stories", "related articles",
    "you may also like", "you are here", "watch it here", "watch here", "what you need to know", "considered for publication", "leave a comment", "leave a reply", "not accepting comments", "access to the comments", "purchasing a subscription", "back to top", "keep up to date using",
    "unlock quality journalism", "free for 30 days", "find out what's happening", "get the latest",
    "limited-time offer", "limited time offer", "keep independent media alive", "change text size",
    "this feature is currently unavailable", "journalism for the curious", "get in front of tomorrow's news",
    "sign up now", "register now", "when you subscribe", "if you subscribe", "already a subscriber", "become a member", "by becoming a member", "support our journalism",
    # a teaser for the outlet's other coverage
    "get caught up on", "catch up on the latest", "get today's", "want to see more of", "as a preferred source",
    # a comment form's notice
    "your email address will not be published", "add your comment", "add a comment",
    # a form's error message
    "something went wrong. please try again", "please try again later",
    "escape your echo chamber", "get the facts behind the news", "follow our google news",
    "for the latest headlines, follow", "stay informed and ahead of the curve", "for real-time updates",
    # a summary a machine wrote over the article, and its warning
    "ai generated summarization", "ai-generated summary", "always refer to the full article",
    "powered by automated translation",
    # a reporter's note of where to follow them, a live blog's promotion, an aggregator's and a sign-up box's prompts
    "you can follow him on", "you can follow her on", "for updates on this story", "click the button to",
    "don't miss out on", "don\u2019t miss out on", "scroll down for",
    # a comment box's and a sign-up box's lines
    "to post your comment", "newsletter signup", "newsletter sign-up",
) + READER_APPEAL_PHRASES
# -- used by extract/cleaning.py: an editor's note, on a line of its own, that the report will grow
EDITORS_NOTES_OF_MORE_TO_COME = (
    "more to come", "more to follow", "more follows", "this is a developing story", "this story is developing", "updates to follow",
    "this is a developing story and will be updated",
    "this is a breaking news story", "this is a breaking story", "this is breaking news",
    "check back for updates", "check back soon for updates", "check back later for updates", "check back for more",
    "more details soon", "more details to follow", "details to follow",
)
# Labels that introduce a link to another page: "GALLERY: ...", "Timeline: ...", "More: ...".
LINK_LABELS = (
    "timeline", "gallery", "more", "watch", "read more", "read", "related", "see also", "listen", "learn more",
    "video", "videos", "photos", "photo", "pictures", "in pictures", "recommended", "trending",
    "latest", "also read", "read also", "must read", "more on this story", "related coverage", "top stories",
    "also",
)
# Of those, the ones that lead to another story to read, which a page may glue after a
# paragraph's last sentence ("... two ageing dams. Also read: ..."; not "Photo: ...", a credit)
# -- used by extract/cleaning.py: a label alone on its line over other stories' headlines, one a
# line ("ALSO READ"), unlike "VIDEO" over the article's own headline
LABELS_OVER_LINKS = ("also read", "read also", "see also", "must read", "related", "related stories", "more on this story")
READING_LINK_LABELS = (
    "read more", "read", "related", "see also", "learn more", "recommended", "trending", "latest", "also read",
    "read also", "must read", "more on this story", "related coverage", "top stories",
)
# -- used by extract/cleaning.py: a button's label a page glues after a paragraph's last sentence
# ("... contrary to the forecasts. Show more")
CONTROL_LABELS_AFTER_PROSE = (
    "show more", "read more", "see more", "continue reading", "show less", "quick guide", "advertisement",
)
# -- used by extract/cleaning.py: headings over a list of links to other pages ("People are also
# reading…" and fifteen headlines): the list under one is the page's, however long
LINK_LIST_HEADINGS = (
    "people are also reading", "also reading", "you may also like", "you might also like", "read next",
    "more stories", "more news", "most read", "most popular", "trending", "trending now", "recommended",
    "recommended for you", "related articles", "related coverage", "related news", "top stories",
    "latest news", "editor's picks", "editors' picks", "more from", "more on this", "popular",
    "you may like", "you might like", "in this article",
)
# -- used by extract/cleaning.py: labels that open a video's description, however long it runs
# ("WATCH ABOVE: Officials in New York are offering a reward ...")
VIDEO_LABELS = ("watch", "watch above", "watch below", "watch now", "watch live", "video")
# Who took a photo, as a caption ends: "(Reuters: Darren Staples)", "...dealJIJI PRESS/AFP/Getty Images".
PHOTO_CREDITS = (
    "reuters", "ap", "ap photo", "afp", "getty images", "getty", "epa", "epa-efe", "pa", "pa wire",
    "pa media", "shutterstock", "alamy", "anadolu", "anadolu agency", "xinhua", "supplied", "bloomberg",
    "tass", "ria novosti", "nurphoto", "sopa images", "zuma", "zuma press", "ansa", "kyodo", "jiji press",
    "efe", "dpa", "abaca", "imago", "sipa", "ap images", "afp via getty images", "nasa", "esa",
    "the associated press", "the canadian press", "picture-alliance", "picture alliance",
    "pti", "ani", "ians", "aap", "yonhap",
)
# Verbs in -s that say what someone says, is or has rather than what a picture shows: a
# sentence in the present with one of them is an article's, not a caption's ("Roe holds the
# record set in Berlin on September 16, 2018").
# -- used by extract/cleaning.py: words in "-ing" that tell no one doing anything, after a name
# in a caption's shape ("On Sunday evening, ...", "Jo Roe during ...")
WORDS_IN_ING_DOING_NOTHING = frozenset("evening morning during including according following spring thing".split())
# -- used by extract/cleaning.py: words a heading never ends on; a line ending on one is a
# sentence the page broke across lines ("It is with an incredible sense of gratitude and")
WORDS_A_HEADING_DOES_NOT_END_ON = ("and", "or", "but", "the", "a", "an", "of", "to", "with", "that")
# -- used by extract/cleaning.py: a saying in the present plural, as a teaser's headline ends on
# it ("..., sources say")
PRESENT_PLURAL_SAYING_VERBS = ("say", "tell", "warn", "claim", "report")
PRESENT_SAYING_OR_STATE_VERBS = (
    "says", "tells", "adds", "warns", "shows", "claims", "argues", "was", "has", "is", "does", "its",
    "this", "holds", "remains", "faces", "leads", "owns", "includes", "means", "needs", "wants", "hopes",
    "expects", "believes", "plans", "seems", "appears", "stands", "lives", "works", "serves", "calls",
)

# What a news photo shows people doing, as its caption tells it in the present tense, singular
# and plural ("Maria Roe speaks at a news conference in Vienna on March 7.", "Police officers
# carry a wounded man after the eruption ... on Monday"). Left out: verbs an article uses in the
# present of a plan ("visits", "meets", "travels") or of a state ("holds", "stands"), and forms
# that are also nouns ("talks", "protests", "guards", "waves").
SCENE_VERBS_SINGULAR = (
    "speaks", "arrives", "leaves", "walks", "smiles", "gestures", "reacts", "celebrates", "greets",
    "embraces", "carries", "inspects", "sprays", "prays", "mourns", "listens", "wipes", "cheers",
    "kneels", "waits", "rides", "wears", "approaches", "delivers", "lifts", "explodes", "sits",
    "weeps", "applauds", "bows", "clears", "poses with", "looks on", "holds up", "stands guard",
    "hugs", "comforts", "consoles", "sets",
)
SCENE_VERBS_PLURAL = (
    "speak", "arrive", "leave", "walk", "smile", "gesture", "react", "celebrate", "greet", "embrace",
    "carry", "inspect", "spray", "pray", "mourn", "listen", "wipe", "cheer", "kneel", "wait", "ride",
    "wear", "approach", "deliver", "lift", "sit", "weep", "applaud", "bow", "clear", "pose with",
    "look on", "hold up", "stand guard", "guard", "search", "gather", "march", "try", "break into",
    "litter", "join", "hold", "light", "lay", "queue", "line up", "discuss", "comfort", "console",
    "address", "attend", "drive past", "lift off", "document", "prepare", "survey", "dig", "hug",
)

# Scene verbs an article also uses in the present of a state ("The charge carries up to 65
# years", "Indonesia sits on the Ring of Fire", "The ruling clears the way") or in the past
# ("Three bodies lay at the prison entrance"): a caption only when it names the day the picture
# was taken.
SCENE_VERBS_ALSO_OF_A_STATE = ("carries", "carry", "sits", "sit", "clears", "clear", "sets", "lay")
# Words a caption's subject does not open with: when, where or how a sentence starts, or a
# pronoun pointing back to what the article has told.
NOT_A_SCENE_SUBJECT_OPENERS = (
    "on", "at", "by", "in", "after", "before", "earlier", "later", "using", "as", "when", "while",
    "during", "since", "following", "despite", "amid", "for", "with", "but", "and", "then", "so", "yet",
    "now", "also", "he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "these",
    "those", "if", "once", "until", "although", "though",
)
# Words that cannot stand inside a caption's subject: auxiliaries, sayings and the words that
# open a clause of its own.
NOT_IN_A_SCENE_SUBJECT = (
    "said", "says", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "may", "might", "must", "should", "shall", "who", "which", "that", "when", "while", "as", "if",
    "to", "been", "being", "not", "also", "do", "does", "did", "then",
)
# What follows a photo's verb: where, with what or when ("speaks at", "carry the body").
AFTER_A_SCENE_VERB = (
    "the", "a", "an", "his", "her", "their", "its", "at", "in", "on", "into", "from", "to", "through",
    "near", "past", "with", "during", "after", "as", "off", "up", "out", "down", "away", "over",
    "outside", "inside", "across", "along", "toward", "towards", "beside", "behind", "onto", "for",
    "around", "before", "while", "under",
)
# Prepositions that end the head of a subject ("Relatives of the miners ...": "Relatives").
AFTER_A_SUBJECTS_HEAD = ("of", "at", "in", "from", "on", "near", "with", "for", "by", "outside", "inside", "to")

# -- used by findings/quotes.py: "Tillerson had privately called the president a “moron”":
# verbs giving the word someone called someone, and the words that may stand before them.
CALLING_VERBS = ("called", "labelled", "labeled", "branded", "dubbed")
WORDS_BEFORE_A_CALLING_VERB = (
    "had", "has", "have", "reportedly", "privately", "publicly", "once", "also", "repeatedly", "allegedly",
)
# -- used by language/dates.py: "who has a bail hearing Friday", "faces another trial on Monday":
# the verbs and determiners of a scheduled happening someone has, and the words between it and its day.
HAVING_VERBS = ("has", "have", "faces", "face")
HAD_HAPPENING_DETERMINERS = ("a", "an", "another", "his", "her", "their", "its")
WORDS_BETWEEN_A_SCHEDULE_AND_ITS_DAY = ("on", "at", "in", "for", "next", "this", "set", "scheduled")

# -- used by language/dates.py: figures a year names the period of, not a happening ("10 percent
# of the company's 2016 turnover", "its 2019 profit").
PERIOD_FIGURE_NOUNS = (
    "turnover", "revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "budget",
    "accounts", "results", "output", "gdp", "deficit", "surplus", "census",
)

# -- used by language/dates.py: words after a weekday that make it a newspaper's name ("the
# Sunday Times", "a former Sunday Express journalist", "the Sunday tabloid"), and words before one
# that make it a named day of no particular week ("Bloody Sunday", "Good Friday", "the Mail on Sunday")
# -- used by language/dates.py: the last word of a law's or a treaty's name, which may carry its
# edition's year in brackets ("the International Health Regulations (2005)": no date)
LEGAL_INSTRUMENT_WORDS = (
    "Regulations", "Act", "Convention", "Code", "Rules", "Treaty", "Protocol", "Directive", "Statute",
    "Ordinance", "Charter",
)
NEWSPAPER_WORDS_AFTER_A_WEEKDAY = (
    "Times", "Telegraph", "Express", "Mirror", "Mail", "Post", "Herald", "Independent", "Observer",
    "Tribune", "Journal", "Guardian", "Argus", "People", "Star", "Sport", "World", "Life",
    "tabloid", "tabloids", "newspaper", "newspapers", "paper", "papers", "broadsheet", "edition",
)
# "singing at a local church Sunday school": a thing a weekday names, not a day of this week.
NOUNS_A_WEEKDAY_NAMES = ("school", "schools", "league", "leagues")
NAMED_DAY_WORDS_BEFORE_A_WEEKDAY = (
    "Bloody", "Black", "Good", "Holy", "Ash", "Palm", "Easter", "Maundy", "Shrove", "Whit", "Cyber",
    "Super", "Super Bowl", "Mail on", "Independent on", "Observer on",
)

# -- used by language/dates.py: verbs by which someone is told to do something later ("ordered his
# negotiators to return to Cuba on Monday")
DIRECTING_VERBS = r"ordered|instructed|directed|urged|summoned|invited|called\s+on"

# -- used by language/dates.py: what was expected or planned, told in the past ("the submarine was
# expected to run out of oxygen early Saturday", "a visit that was to start Sunday", "demolition
# would begin on Sunday", "officials planned to bring in equipment on Sunday"): the day may be one
# just gone or one just ahead
PAST_EXPECTATIONS = r"(?:(?:was|were)\s+(?:expected|due|scheduled|supposed|to\s)|would\s+(?!have\b)|planned\s+to\b)"

# -- used by language/dates.py: nouns of happenings set for a day ("an early election on June 8"),
# whose day is dated by the noun, not by the tense of the clause that names it
SCHEDULED_EVENT_NOUNS = frozenset(
    """election elections vote ballot referendum poll polls runoff primary hearing trial sentencing arraignment
    meeting summit talks debate inauguration ceremony funeral wedding launch match final
    strike strikes protest protests rally rallies march marches demonstration demonstrations walkout
    visit""".split()
)

# -- used by language/dates.py: words that make a weekday or a date without a year the coming one
FUTURE_MARKERS = (
    "will", "shall", "is to", "are to", "is set to", "are set to", "is due to", "are due to", "is due on",
    "is expected", "are expected", "is scheduled", "are scheduled", "is planned", "plans to",
    "is next scheduled", "are next scheduled", "is next expected", "are next expected", "next meets", "next meet",
    # a fixture list: "United next play Leicester on Wednesday"
    "next play", "next plays", "next face", "next faces", "next host", "next hosts", "next visit", "next visits",
    "next travel", "next travels", "next take on", "next takes on",
    "aims to", "plan to", "upcoming", "begins", "starts", "resumes", "reconvenes", "opens", "is set for",
    "going to", "later this", "is favored to", "is favoured to", "is likely to", "are likely to", "is poised to",
    "is tipped to", "eager to", "keen to", "hopes to", "hoping to", "intends to", "wants to", "is slated to",
    "is due back", "are due back",
    "are slated to", "due to arrive", "due to land", "due to depart", "due to begin", "due to start",
    "due to resume", "due to open", "is predicted to", "are predicted to", "is now predicted to",
    "are now predicted to", "is forecast to", "are forecast to", "is projected to", "are projected to",
    "is now expected", "are now expected", "kicks off", "pledge to", "vowing to", "is on target to",
    "is on course to", "is on track to", "are on course to", "are on track to",
    # a forecast: "additional flooding is possible into Friday", "storms are forecast for Sunday"
    "is possible", "are possible", "is forecast", "are forecast",
    "is widely expected", "are widely expected",
    # a court's next day, told from the day before it: "held pending a hearing Thursday",
    # "remanded in custody to appear before magistrates on Thursday"
    "pending", "to appear",
    # a day fixed for what is to come: "a court hearing has been set for Friday"
    "has been set for", "have been set for", "has been scheduled for", "have been scheduled for",
)
# -- used by language/dates.py: the future seen from the past, in reported speech, which makes a
# weekday or a date without a year the coming one too: "announced he would visit Lebanon
# Thursday", "expected a new prime minister before October", "a planned launch in December"
# (not "was expected to", which a report may write after the day has passed)
FUTURE_IN_THE_PAST_MARKERS = (
    "he would", "she would", "they would", "we would", "i would", "expected a", "expected the", "promised to",
    "set a date", "set sentencing", "was set for", "were set for", "scheduled his", "scheduled her", "scheduled the", "adjourned until",
    "adjourned to", "postponed until", "postponed to", "rescheduled to", "rescheduled for", "pushed back to",
    "delayed until", "delayed to", "pledged to", "vowed to", "hoped to", "was hoping to", "a planned", "the planned",
    "its planned", "their planned", "a scheduled", "the scheduled", "its scheduled", "their scheduled",
    "scheduled sentencing", "was scheduled for", "were scheduled for", "was set to", "were set to", "had been set to", "had been due to", "had been scheduled to",
    "setting another", "setting a hearing", "set another hearing", "set a hearing",
    # a purpose, told in the past: "the plan was aimed at an orderly departure from the EU on 29 March"
    "was aimed at", "were aimed at", "was intended to", "were intended to", "was designed to", "were designed to",
)
# -- used by language/dates.py: participles that, even after a present "is", tell of something
# done before ("is accused of killing him in June 2008", "is sentenced for abandoning his 2009 post")
PARTICIPLES_TELLING_A_PAST = frozenset({
    "accused", "charged", "suspected", "alleged", "convicted", "sentenced", "believed", "thought", "said",
    "reported", "known", "understood",
})
# Past tenses that do not end in -ed: after "that", "which" or "who" they put a relative clause,
# and the date in it, in the past ("an explosion that struck on Tuesday"); next to a month named
# without its year they say it is the last one ("the court heard the case in October").
# -- used by language/dates.py: debts named by the year they fall due ("the 2051 bond")
SECURITY_NOUNS = ("bond", "bonds", "eurobond", "eurobonds", "note", "notes", "securities", "debentures")
IRREGULAR_PAST_TENSES = (
    "was", "were", "had", "came", "began", "broke", "took", "hit", "struck", "left", "fell", "rose", "went",
    "made", "saw", "won", "lost", "held", "ran", "sank", "shook", "spread", "swept", "tore", "blew",
    "heard", "found", "gave", "got", "became", "brought", "built", "caught", "chose", "drove", "fought",
    "fled", "flew", "grew", "kept", "knew", "led", "met", "paid", "sent", "sold", "spent", "stood",
    "stole", "thought", "threw", "wrote", "sat", "shot", "spoke", "swore", "bought", "felt", "froze",
    "hung", "laid", "lit", "taught", "woke", "told", "did", "drew", "burnt", "dealt", "slid", "withdrew",
)
# -- used by language/dates.py: past participles not in -ed, for "has been", "has risen"
IRREGULAR_PAST_PARTICIPLES = (
    "been", "said", "gone", "done", "seen", "known", "shown", "taken", "given", "begun", "risen", "fallen",
    "flown", "grown", "driven", "written", "spoken", "chosen", "broken", "stolen", "sworn", "torn",
    "thrown", "drawn", "withdrawn", "shaken", "sunk", "struck", "hidden", "forgotten", "frozen", "born",
)

# -- used by findings/timeline/candidates.py: past participles spelt as the present ("the mark set in 1989")
PARTICIPLES_ALSO_PRESENT = ("set", "put", "shut")


# -- used by findings/quotes.py: small words inside a title between "said" and a name ("said
# SpaceX livestream commentator and engineer Jo Roe")
TITLE_JOINING_WORDS = frozenset(("and", "of", "the"))
# -- used by findings/descriptors.py: words after which a title goes on to its next capitalised
# word ("Secretary of State"), which is then no first name
WORDS_A_TITLE_RUNS_ON_WITH = frozenset(("of", "the", "for", "and"))
# -- used by findings/timeline/candidates.py: label cut words that, before a gerund, open no clause
# of their own ("exploded minutes after blasting off"), and a preposition after a gerund
# ("searching for survivors")
WORDS_OPENING_A_GERUND_CLAUSE = frozenset(("after", "before", "while", "when"))
PREPOSITIONS_AFTER_A_GERUND = frozenset(("for",))

# -- used by findings/amounts.py: money and its scale, as outlets write them
AMOUNT_SCALES = {
    "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
    # South Asian scales: "Rs 9,000 crore" is 90 billion rupees
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# A sign or code before the number (upper case here; matched in any case). A bare "$" or
# "dollars" names no country's dollar (Australia's, Canada's, Singapore's are written so at home):
# "dollars", compared with other bare dollars only.
CURRENCY_SIGNS = {
    "$": "dollars", "US$": "USD", "USD": "USD", "\u20ac": "EUR", "EUR": "EUR", "\u00a3": "GBP", "GBP": "GBP",
    "\u00a5": "JPY", "JPY": "JPY", "CHF": "CHF", "CNY": "CNY", "RMB": "CNY", "\u20b9": "INR", "INR": "INR",
    "\u20bd": "RUB", "RUB": "RUB", "A$": "AUD", "AUD": "AUD", "C$": "CAD", "CAD": "CAD", "HK$": "HKD",
    "RS": "INR", "RS.": "INR",
}
# Which dollar a "$" amount is, said after it: "$37,595 Cdn", "$50 AUD", "$29,000 US".
DOLLAR_SUFFIXES = {"cdn": "CAD", "cad": "CAD", "aud": "AUD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "us": "USD",
                   "usd": "USD"}
# A name after the number. Not "pounds" (a weight as often as money) nor "won" (a verb).
CURRENCY_NAMES = {
    "dollars": "dollars", "dollar": "dollars", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rubles": "RUB", "roubles": "RUB",
    "rupees": "INR", "swiss francs": "CHF", "hryvnias": "UAH", "zlotys": "PLN",
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
}

# -- used by findings/facts.py: words that say what kind of charges, not which crime ("rearrested
# on additional charges", "jailed on politically motivated charges"): such charges name nothing
CHARGE_WORDS_NAMING_NO_CRIME = (
    "additional", "new", "further", "fresh", "other", "separate", "several", "multiple", "various",
    "unspecified", "politically", "motivated", "politically-motivated", "trumped-up", "bogus", "false",
    "fabricated", "spurious", "serious", "criminal", "federal", "state", "similar", "related", "those",
    "these", "the", "such", "charges", "all",
    # ("expelled without having been convicted of a crime": no crime named)
    "a", "any", "crime", "crimes", "offence", "offences", "offense", "offenses", "wrongdoing",
)
# -- used by findings/facts.py: tasks one is "charged with" that are no crime ("charged with
# reviving a faltering independence movement")
# (not "running", "leading", "organising", "preparing", "setting": "charged with running a
# brothel", "preparing acts of terrorism", "setting fire to" are crimes)
DUTY_GERUNDS = (
    "reviving", "protecting", "overseeing", "investigating", "ensuring", "delivering", "rebuilding",
    "restoring", "steering", "guiding", "negotiating", "implementing", "reforming", "coordinating",
    "supervising", "drafting", "reviewing", "healing", "uniting",
)
# -- used by findings/facts.py: words before a term that make it one asked for or risked, not
# given ("facing a maximum sentence of 29 years", "prosecutors asked for 20 years")
POSSIBLE_TERM_WORDS = (
    "maximum", "minimum", "possible", "potential", "up to", "face", "faces", "faced", "facing",
    "could", "would", "seek", "seeks", "seeking", "asked for",
    # ("dissenting Judge Roe proposed a joint sentence of 30 years": a term put forward, not passed)
    "proposed", "proposes", "recommended", "recommends", "sought", "requested", "called for", "demanded",
)
# -- used by findings/facts.py, as regular-expression alternatives: words that make a "six-year
# term" one served in prison; that tell of an arrest, so that being taken somewhere is no
# release; that tell of a release, without which "brought to" or "arrived in" is none
PRISON_WORDS = ("prison", r"jail\w*", r"sentenc\w*", r"convict\w*", "penal", "inmates?", r"behind\s+bars")
# (or of what a prisoner is taken to: "taken to Moscow for a court hearing")
ARREST_WORDS = (
    "arrest(?:ed|s)?", "detained", "detention", "custody", "captured", r"(?:court\s+)?hearing", "questioning",
    "interrogation", "trial",
)
# ... and that tell of someone taken ill or hurt ("taken to Milpark Hospital for tests",
# "admitted into hospital and later transferred to Pretoria"): being taken somewhere is care
CARE_WORDS = (r"hospital\w*", "clinic", "admitted", "ambulance", "tests", "surgery", r"intensive\s+care", "infirmary")
RELEASE_WORDS = (
    r"releas\w*", "freed", "freeing", r"pardon\w*", r"exchang\w*", r"handed\s+over", r"deport\w*", r"expell?\w*",
)
# -- used by findings/numbers.py: what may follow "1 in 5" when it is a count, not a ratio
# ("won 3 in 10 days")
RATIO_NOT_BEFORE = (
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute",
    "minutes", "second", "seconds", "game", "games", "matches", "races", "attempts",
)
# -- used by findings/numbers.py: what a distance is counted per in a speed ("110 miles per hour")
SPEED_TIME_BASES = ("hour", "hr", "h", "second", "minute")  # ("215 km/h")
# ... and the unit a speed written out is compared under, as outlets also abbreviate it
SPEEDS_WRITTEN_OUT = {"miles per hour": "mph", "miles per hr": "mph", "kilometres per hour": "km/h",
                      "kilometers per hour": "km/h", "km per hour": "km/h", "km per h": "km/h"}
# -- used by findings/timeline/candidates.py and findings/quotes.py: words opening a clause that
# leads into another; a label that is only such a clause ("As he claimed victory early") has left
# the other behind, and a saying inside one ends with it ("Although Adzic said ..., police ...")
SUBORDINATE_CLAUSE_OPENINGS = frozenset("as when while whereas although though because if once unless".split())
# -- used by findings/timeline/candidates.py: a span of time that measures how long after or
# before something a happening came ("two days after a hotly contested election")
TIME_SPAN_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years decade decades".split()
)
# ... not when the span is how long something lasted or when it was due ("jailed for five years
# after", "ordered a vote within 60 days after")
WORDS_BEFORE_A_DURATION = OBJECT_PREPOSITIONS | frozenset("within just only some about nearly almost barely".split())
# ... and the words, besides a number, that say how many of them: "a day after", "several weeks before"
TIME_SPAN_COUNT_WORDS = frozenset("a an several few many some".split())
# -- used by findings/timeline/candidates.py: descriptions that point back to the person named
# just before ("The laureate was arrested in 2021")
ROLE_NOUNS_POINTING_BACK = (
    "winner", "laureate", "activist", "lawyer", "leader", "founder", "politician", "journalist",
    "editor", "musician", "dissident", "candidate", "former", "opposition figure", "prisoner",
)
# -- used by findings/timeline/candidates.py: whom something was said or written to, or whom a
# reaction was about ("he told CNN's X", "wrote to X", "congratulating both X and Y")
ADDRESSEE_PHRASES = (
    "told", "speaking to", "in an interview with", "wrote to", "writing to", "respects to", "condolences to",
    "letter to", "letters to",
    "congratulated", "congratulating", "congratulate",
)
# -- used by findings/pronouns.py: verbs that, right after a name set off by a comma, make the
# name open an attribution ("survived by his widowed mom, Flem said"), not follow a relation
ATTRIBUTION_VERBS_AFTER_A_NAME = ("said", "says", "told", "added", "wrote")
# -- used by findings/timeline/candidates.py: verbs of a reaction to someone or something ("X on
# Monday welcomed the court's decision on Mallya", "held a press conference denouncing Y"): the
# one reacted to is not in the reaction
REACTION_VERBS = (
    "welcomed", "welcoming", "condemned", "condemning", "denounced", "denouncing", "criticised",
    "criticising", "criticized", "criticizing", "praised", "praising", "hailed", "hailing", "slammed",
    "slamming", "blasted", "blasting", "lauded", "applauded", "decried", "rebuked", "lambasted",
    "mourned", "thanked", "thanking",
)
# -- used by findings/timeline/candidates.py: a verdict on one person for a death or an attack
# on another ("found Zimmerman not guilty in the shooting of Trayvon Martin"): the one harmed is
# not in the verdict
VERDICT_WORDS = ("guilty", "convicted", "acquitted", "cleared", "verdict", "sentenced")
HARM_NOUNS = (
    "shooting", "death", "killing", "murder", "manslaughter", "homicide", "stabbing", "slaying", "rape",
    "assault", "beating", "sex act",
)
# -- used by findings/quotes.py: the auxiliaries that make a few words after a saying a clause of
# their own ("told reporters at the scene the boat had sunk"), with any word in -ed
AUXILIARY_VERBS = frozenset("is are was were had has have will would could can may might should must".split())
# -- used by findings/timeline/candidates.py: verbs that set a day for something ("set
# sentencing for July 11"), whose day the label keeps
SCHEDULING_VERBS = ("set", "scheduled", "rescheduled", "slated", "fixed", "adjourned", "postponed", "delayed", "moved")
# -- used by findings/timeline/excerpt.py: words that, with a preposition, open a phrase a label
# may be cut from ("after its promulgation on May 19 last year, ...")
WORDS_OPENING_A_PHRASE_OF_TIME = frozenset("after before following".split())
# -- used by findings/timeline/excerpt.py: words before "after" that make it the same day ("exploded
# minutes after blasting off on its first test flight Tuesday")
WORDS_OF_A_SHORT_SPAN = ("minutes", "hours", "shortly", "soon", "just", "moments", "seconds", "immediately")
# -- used by language/dates.py: days named from the report's own day ("today, Friday 4 March")
DAYS_SAID_FROM_THE_REPORT = frozenset("today yesterday tonight tomorrow".split())
# -- used by findings/timeline/excerpt.py: prepositions that take a noun and never open a clause
# ("for her Taser", not "since the quake hit"): a label opening on their object is cut from them
OBJECT_ONLY_PREPOSITIONS = frozenset("for of to with from at into onto by about against between among via during like".split())
# -- used by findings/timeline/candidates.py: prepositions a clause does not end on ("date back
# to", "the first months of"), unlike a verb's particle ("sworn in", "stood down", "backed by")
HANGING_PREPOSITIONS = frozenset(
    "to of for with from at into onto than since until till between among toward towards via including during against like".split()
)
# -- used by findings/timeline/candidates.py: adverbs a label may open on before a verb whose
# subject it left behind ("First made by GSK")
ADVERBS_BEFORE_A_VERB = frozenset("first later then also once originally previously recently".split())
# -- used by findings/people.py: pronouns that, like a determiner, follow a word of grammar opening
# a sentence ("Among those charged was ...": the preposition, not a name)
PRONOUNS_AFTER_A_PREPOSITION = frozenset("them those these us".split())
# -- used by findings/quotes.py: what opens a relative clause ("which police said": police spoke)
RELATIVE_PRONOUNS = frozenset("who whom which that".split())
# -- used by findings/timeline/candidates.py: what opens a relative clause inside a label, whose
# verb is the clause's, not the label's ("to replace the man who replaced Iger")
RELATIVE_CLAUSE_OPENINGS = RELATIVE_PRONOUNS | frozenset({"whose", "where", "when"})
# -- used by findings/timeline/candidates.py: the plain sayings after which what was said must
# have a verb ("The health minister said the death toll" lost it)
PLAIN_SAYING_VERBS = frozenset({"said", "says", "say"})
# A speaker named by one lower-case singular word: "police said", "the staff said".
COLLECTIVE_SPEAKERS = frozenset(
    """police staff management government prosecution defence defense military army navy council
    committee board court jury team club party ministry agency company firm union family
    administration leadership""".split()
)
# Who hears a saying, after "told": "told a news conference alongside the mayor", "told
# reporters in Geneva" (what was said is elsewhere in the sentence).
AUDIENCE_NOUNS = frozenset(
    """conference briefing reporters journalists media press audience crowd gathering rally
    meeting hearing session summit parliament lawmakers legislators senators delegates
    supporters viewers listeners interviewer interview""".split()
)
# -- used by language/dates.py: participles of what is looked for, which before a date tell no
# past ("national elections expected in April")
EXPECTATION_PARTICIPLES = ("expected", "scheduled", "planned", "slated")
# -- used by language/dates.py: words that name the coming one of something ("the next World Cup")
COMING_WORDS = ("next", "upcoming", "forthcoming")
# -- used by findings/amounts.py: nouns after an amount that make it a bound ("over the £400m mark")
AMOUNT_MARK_NOUNS = ("mark", "level", "barrier", "threshold", "milestone")
# -- used by findings/numbers.py: what makes a count one of nominations ("nominated for nine Grammys")
NOMINATION_PHRASES = ("nominated", "shortlisted", "in the running")
# -- used by extract/cleaning.py: wires known by initials that sign a report off alone in brackets
# ("(PTI)"), besides the photo credits
WIRE_INITIALS = ("pti", "ians", "ani")
# -- used by findings/quotes.py: lower-case words after an outlet's name that say what kind it is
# ("told YTN television that ...", "told Ekho Moskvy radio ...")
MEDIA_KIND_NOUNS = frozenset("television tv radio newspaper daily channel station broadcaster network".split())
# -- used by findings/quotes.py: words between a speaker and the saying that are not the
# speaker's ("the commission chief also said", "the State Department then said")
ADVERBS_BEFORE_A_SAYING = frozenset(
    "also then later earlier today yesterday too again previously further separately reportedly once".split()
)
# -- used by findings/quotes.py: conjunctions after a comma that open a clause with a subject of
# its own (", as Tehran condemned the ...")
CONTRASTING_CONJUNCTIONS = ("as", "while", "whereas", "but")
# -- used by findings/timeline/candidates.py: words opening a clause that turns from the one
# before it ("stood in the elections in 2020, however she was unsuccessful"): a date just before
# them belongs to the clause before
CLAUSES_TURNING_AWAY = ("however", "but", "yet", "although", "though", "whereas", "while", "nevertheless")
# -- used by language/dates.py: words that open a new clause
CLAUSE_BREAK_WORDS = ("and", "but", "that", "which", "who", "while", "when", "as", "since", "after", "before")
# -- used by findings/quotes.py: lowercase words that may follow a speaker named after the verb
# ("said the official on Monday", "said the minister, who ...", "said the mayor adding"), where
# any other lowercase word goes on with what was said ("said the talks covered ...")
WORDS_AFTER_A_SPEAKER = frozenset(
    """on in at during after before late early yesterday today tonight last this who whom whose which that
    adding noting according told to from of for with as when while and but in a an the""".split()
)
# -- used by findings/quotes.py: words that may open a sentence before its subject pronoun ("And
# he dismissed ...")
SENTENCE_OPENERS = ("And", "But", "Then", "So", "Yet", "Later", "Now", "Also")
# -- used by findings/quotes.py: conjunctions opening a clause with a subject and verb of its own
# ('"..." while X described')
CLAUSE_CONJUNCTIONS = (
    "while", "whereas", "and", "but", "or", "as", "when", "although", "though", "because", "after", "before", "if",
)
# -- used by findings/timeline/candidates.py: before a dated thing, words that make the thing the
# occasion of what the clause tells ("killed in Sunday's attack", "damaged by Tuesday's quake",
# "won Saturday's election")
OCCASION_PREPOSITIONS = ("in", "at", "during", "on", "by")
OCCASION_VERBS = ("won", "wins", "win", "winning", "lost", "loses", "lose", "losing", "attended", "attends", "contested")
# -- used by findings/pronouns.py: words before a name that say which pronoun is that person's
# ("Mrs Roe", "his wife, Jennifer", "mother Sybrina Fulton"), "he" words then "she" words
HE_TITLES_AND_RELATIONS = frozenset(
    """mr sir lord king prince duke baron husband father son brother widower boyfriend uncle nephew
    grandfather grandson fiance dad stepfather stepson""".split()
)
SHE_TITLES_AND_RELATIONS = frozenset(
    """mrs ms miss dame lady queen princess duchess baroness wife mother daughter sister widow
    girlfriend aunt niece grandmother granddaughter fiancee mum mom stepmother stepdaughter""".split()
)
# Third-person pronouns by the person (or people) they stand for.
HE_PRONOUNS = frozenset("he him his himself".split())
SHE_PRONOUNS = frozenset("she her hers herself".split())
THEY_PRONOUNS = frozenset("they them their theirs themselves".split())
# -- used by findings/numbers.py: words joined to a number that leave it counting what follows
# ("80-some passengers", "40-odd people", "100-plus homes")
NUMBER_SUFFIX_WORDS = frozenset(("some", "odd", "plus", "something"))
# -- used by findings/timeline/candidates.py: words of a change measured from an earlier moment
# ("down about 16 per cent from the same time Wednesday": Wednesday is the baseline, not a
# happening)
CHANGE_WORDS = frozenset(
    """up down higher lower rose fell dropped climbed gained lost slid jumped surged plunged rise fall
    drop gain jump doubled doubling tripled tripling halved increased decreased increase decrease""".split()
)
# -- used by findings/timeline/candidates.py: comparatives measured against an earlier moment
# ("850,000 fewer people than the previous year")
COMPARATIVE_WORDS = frozenset("fewer more less higher lower larger smaller bigger".split())
# -- used by extract/cleaning.py: titles of lawmakers and governors, after which "(R)" or "(D)"
# is a party ("Gov. Jan Brewer (R) vetoed ..."), not where someone stands in a picture
PARTY_HOLDER_TITLES = (
    "gov", "governor", "sen", "senator", "rep", "representative", "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "state sen", "state rep", "del", "delegate", "mayor", "speaker",
)
# -- used by language/dates.py: what a four-digit number counts when one of these follows it
# ("1860 nominations", "2000 people"), which makes it no year
NOUNS_COUNTED_AFTER_A_NUMBER = (
    "people", "persons", "men", "women", "children", "prisoners", "troops", "soldiers", "detainees",
    "inmates", "votes", "voters", "workers", "residents", "refugees", "migrants", "citizens", "cases",
    "deaths", "dead", "victims", "protesters", "members", "followers", "signatures", "dollars", "euros",
    "roubles", "rubles", "pounds", "tonnes", "tons", "kilometres", "kilometers", "miles", "km", "kg",
    "times", "nominations", "delegates", "ballots", "patients", "participants", "employees", "staff",
    "jobs", "students", "passengers", "homes", "houses", "buildings", "vehicles", "cars",
)
# -- used by findings/quotes.py: what someone else asserted, whose quoted words after "'s ... that"
# are theirs, not the sentence's speaker's ("the ministry's claim that the embassy “brought him in”")
# -- used by findings/quotes.py: what an outlet calls someone's words in a comment after them
# (", a theory that had also been mentioned by the president")
IDEA_NOUNS = ("theory", "view", "notion", "idea", "position", "argument", "belief", "hypothesis")
CLAIM_NOUNS = (
    "claim", "claims", "assertion", "assertions", "accusation", "accusations", "allegation", "allegations",
    "insistence", "contention", "suggestion", "statement", "description",
)
# -- used by findings/quotes.py: when words were heard, after who heard them ("told a news
# conference last night", "told reporters this afternoon that"): a word opening the time, what it
# opens, and a time said in one word
TIME_OPENING_WORDS = ("last", "this", "late", "early")
TIMES_OPENED = ("night", "week", "month", "year", "morning", "afternoon", "evening")
ONE_WORD_TIMES = ("yesterday", "today", "tonight", "earlier", "later")
DAY_PARTS = ("morning", "afternoon", "evening", "night")
# -- used by language/dates.py: parts of a day between a weekday and its date ("a busy Friday
# lunchtime on January 20, 2017")
DAY_PARTS_BEFORE_A_DATE = (*DAY_PARTS, "lunchtime", "rush hour")
# -- used by findings/quotes.py: where words were said, after "on" or "via", written in lower case
# ("said on social media late on Tuesday": where, not what was said)
SAYING_CHANNELS = ("social media", "television", "state television", "state media", "national television", "radio",
                   "state radio", "live television", "camera")
# -- used by findings/timeline/candidates.py: what a "that" clause after these tells, the outlet
# itself calls false ("spewing lies that the shooting was a hoax"): never a happening stated as
# fact. (An allegation's or a rumour's may be true, and its sentence usually says whose it is.)
CLAIMS_CALLED_FALSE = (
    "lie", "lies", "falsehood", "falsehoods", "myth", "myths", "false claim", "false claims", "baseless claim",
    "baseless claims", "unfounded claims", "debunked claims", "false allegations", "false rumours", "false rumors",
    "conspiracy theory", "conspiracy theories", "false report", "false reports",
)
# ... and what is told after these ("incorrectly telling police that a work phone was stolen",
# "wrongly told police her phone had been snatched"; not "wrongly convicted", which happened)
ADVERBS_CALLING_WORDS_FALSE = ("falsely", "incorrectly", "wrongly", "mistakenly", "untruthfully")
SAYING_FORMS_TOLD_FALSELY = (
    "said", "saying", "told", "telling", "claimed", "claiming", "reported", "reporting", "stated", "stating",
    "asserted", "asserting", "suggested", "suggesting", "insisted", "insisting",
)
# -- used by findings/timeline/candidates.py: participles of saying, whose clause closing a
# sentence tells what was said, its own happening ("announced a hike in November, declaring he
# would do so again this month": the hike this month is said, not announced then)
SAYING_PARTICIPLES = frozenset(
    "saying declaring adding warning announcing vowing pledging promising insisting claiming stating noting signalling signaling".split()
)
# -- used by findings/timeline/candidates.py: of those, the ones that only say (not "declaring he
# would", "vowing to"), whose clause a label may tell without them ("adding a total of 110
# workers were at the mine")
PARTICIPLES_OF_PLAIN_SAYING = frozenset("saying adding noting stating".split())
# -- used by findings/numbers.py: words after "N counts of" that name no kind of what is counted
# ("five of the charges", "eight counts, all of them"), unlike "five counts of tax evasion"
WORDS_AFTER_OF_NAMING_NO_KIND = ("the", "all", "them", "whom", "which", "these", "those", "its", "their", "his", "her")


# -- used by findings/quotes.py: verbs of saying whose object is who heard it ("told the jury she ...")
TELLING_VERBS = frozenset({"told", "tells", "tell"})
# -- used by findings/descriptors.py: words opening a relative clause, alone no description
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})
# -- used by findings/timeline/candidates.py: prepositions that cut a label only after a verb
# ("The representative for the bloc was expelled": before it, inside the subject); "after",
# "during" and the rest cut well anywhere (measured)
PREPOSITIONS_INSIDE_A_SUBJECT = frozenset({"for"})
# -- used by findings/timeline/candidates.py: before a name, these make it a place's or a body's
# ("from Kakapora in Pulwama who", "the Academy of Sciences who"), not a person's
PREPOSITIONS_OF_PLACE_OR_BODY = frozenset({"of", "in", "at", "near"})
# -- used by findings/timeline/candidates.py: a passive's auxiliary a second verb shares ("was
# stabbed and shot"; not "had been jailed ... and lost an appeal")
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are"})
# -- used by findings/timeline/candidates.py: prepositions whose objects may be listed with "and"
# ("convicted of tax evasion and attempted tax evasion": no second verb)
PREPOSITIONS_BEFORE_A_LIST = frozenset({"of", "to", "with", "for", "from", "against"})
# -- used by findings/timeline/candidates.py: words after a verb opening its object or finishing
# it ("shot him", "broke off", "found guilty")
OBJECT_PRONOUNS_AND_PARTICLES = frozenset(
    "him her them it himself herself themselves itself me us off out up down away back dead guilty more".split()
)
# -- used by findings/numbers.py: words making a distance unit an area, a volume or another
# measure ("75 square kilometres", "240 nautical miles", not 240 miles; "25 basis points", a
# hundredth of a per cent, not 25 points)
AREA_AND_VOLUME_WORDS = frozenset({"square", "cubic", "nautical", "light", "basis", "percentage"})
# -- used by findings/quotes.py: what kind of outlet may stand among its names before "reported"
# (", South Korean news agency Yonhap reported", ", Egypt's Ahramonline website reports", ", state
# television reported")
OUTLET_KINDS_BEFORE_REPORTED = (
    "newspaper", "news agency", "agency", "broadcaster", "website", "news website", "television", "radio",
    "state television", "state media", "state radio", "state news agency",
)
# -- used by findings/numbers.py: the words before "N things" that make a count the scope of
# another ("scored 40 goals in their last 30 games": not a count of its own)
SCOPE_PREPOSITIONS = ("in", "from", "out of")
SCOPE_DETERMINERS = ("their", "its", "his", "her", "the")
SCOPE_ORDER_WORDS = ("last", "previous", "past", "first", "opening")
# -- used by findings/numbers.py: words after "N things and" that open no second kind of the same
# count ("12 Russian dissidents and German nationals" is one count; "12 people and several
# others" is not)
WORDS_NOT_DESCRIBING_A_SECOND_GROUP = (
    "several", "many", "some", "few", "more", "most", "all", "dozens", "hundreds", "thousands", "millions",
    "the", "their", "his", "her", "its", "our", "your", "these", "those",
)
# plurals after "and" that are no second group of the count's ("five people and dozens more")
PLURALS_NOT_A_SECOND_GROUP = ("others", "dozens", "hundreds", "thousands", "millions")
# a verb's prepositions after "and <plural> <-ed>" that make it a clause of its own ("four fraud
# counts and jurors deadlocked on three")
PREPOSITIONS_AFTER_A_SECOND_CLAUSE_VERB = ("on", "in", "at", "over", "that", "to", "after", "for")
# -- used by language/dates.py: verbs calling for something to come ("called for a strike on Tuesday")
CALLING_FOR_VERBS = ("called", "calls", "call", "calling", "urged", "urges", "urging")
# words before the thing called for that make it a cause already past ("called for calm after
# protests on Tuesday")
WORDS_OF_A_PAST_CAUSE = ("after", "following", "over", "since", "amid", "during")
# -- used by language/dates.py: a price that closed on a day ("Discover's closing price on Friday")
CLOSING_PRICE_WORDS = ("closing price", "closing level", "closing value", "close")
# -- used by language/dates.py: a programme's name after a weekday ("Saturday Night Live"), and the
# title-case words after it that make it a headline's words instead ("On Saturday Night In Athens")
PARTS_OF_A_DAY_IN_A_PROGRAMME_NAME = ("Night", "Morning", "Evening", "Afternoon", "Mornin'", "Mornin\u2019")
TITLE_CASE_WORDS_NOT_A_PROGRAMME_NAME = (
    "In", "At", "On", "As", "And", "The", "For", "To", "From", "With", "By", "After", "Before", "Of", "Near",
    "During", "Over", "Around", "Into", "Outside", "Under",
)
# -- used by findings/timeline/candidates.py: words before a noun phrase naming a happening
# earlier than the clause's own ("confirmed the sacking after his side's loss on Saturday")
HAPPENING_BEFORE_WORDS = ("after", "following")
# -- used by findings/numbers.py: people an age after "under" or "over" bounds ("children under
# 5", "adults over 65": an age, not a count)
PEOPLE_NOUNS_BOUNDED_BY_AGE = (
    "children", "kids", "babies", "infants", "toddlers", "adults", "people", "those", "anyone", "teenagers", "teens",
    "girls", "boys", "men", "women", "patients", "players", "voters",
)
# -- used by findings/timeline/candidates.py: words a label drops from its start, leading into the
# clause from the sentence before ("In 2021 alone, Acme spent ...", "Tuesday however, she spoke ...")
WORDS_NO_LABEL_OPENS_ON = frozenset("then and but so also alone however meanwhile nevertheless moreover".split())
# ... unless one opens an adverb of two words ("So far 26 cases have been confirmed")
TWO_WORD_ADVERBS = frozenset((("so", "far"),))
# -- used by findings/timeline/candidates.py: participles opening a sentence that work as a
# preposition, telling of no happening of the subject's ("Compared with 2019, sales rose")
PARTICIPLES_OF_A_PREPOSITION = ("Compared", "Based", "Given", "Asked", "Pressed", "Combined", "Added", "Adjusted")
# -- used by findings/numbers.py: verbs before "from N to M" that make it a change, its second
# figure the new count ("revised from 30 to 50"), besides those of CHANGE_DIRECTIONS; without one,
# "driving from 30 to 50 miles per hour" is a range
VERBS_OF_A_CHANGE_FROM = (
    "revised", "raised", "lowered", "changed", "moved", "upgraded", "downgraded", "updated", "adjusted", "went",
    "reduced", "expanded", "extended", "shortened", "cut", "slashed", "doubled", "tripled", "halved",
)
# -- used by findings/timeline/candidates.py: words after a date opening another's clause, whose
# people are not in the dated happening ("left on Sunday although Macron refused to confirm"; not
# "while", "but": "Trudeau said today ..., while Minister Bains said", the same day's sayings)
CONCESSIVE_CONJUNCTIONS = ("although", "though", "whereas")
# -- used by findings/numbers.py: endings of a word after a group of people that make it no noun
# the group names the kind of ("police stood", "staff worldwide", "officers gladly")
ENDINGS_OF_A_VERB_OR_ADVERB = ("ed", "ly", "wide")
