package org.parley.filter.rules.statement;

import java.util.List;
import java.util.Set;

/**
 * The words a STATEMENT rule reads the shape of a sentence by: links, callers, negations that are none, reports,
 * the places a slur names a person. Grammar, not data: the groups and predicates an admin edits are the rule's
 * params. Kept apart from {@link StatementRule} so that the rule reads as what it does.
 */
final class StatementWords {

    private StatementWords() {
    }

    /** A clause's longest reach from a group to its predicate, in words. */
    static final int REACH = 8;

    /** Words that tie a group to what it is said to be ("are", "was", "like"). */
    static final Set<String> LINKS = Set.of("are", "is", "was", "were", "be", "been", "being", "r", "re",
            "am", "like", "become", "became", "remain", "seem", "seems", "look", "looks", "sound", "sounds", "im",
            "youre", "theyre",
            "its", "thats", "whats", "arent", "isnt", "wasnt", "werent", "find", "finds", "consider", "considers", "deem");

    /** Who calls for harm: a first person, a modal, a wish. */
    static final Set<String> CALLERS = Set.of("i", "we", "ill", "well", "lets", "let", "should", "must",
            "gotta", "gonna", "wanna", "will", "would", "need", "needs", "ought", "deserve", "deserves", "want",
            "wish", "hope", "please", "just", "id", "wed", "to", "can", "could", "might", "going", "shall", "love",
            "have", "got");

    /** Wishes and calls that may stand before a group whose harm follows it: "I want to see those Kurds suffer". */
    static final Set<String> WISHES = Set.of("should", "must", "would", "want", "wish", "hope", "let", "lets",
            "make", "see", "watch", "gonna", "going", "need", "love", "like", "if", "only", "deserve", "deserves");

    /** Who a group may be carried by into a later clause or sentence. */
    static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves", "you", "your",
            "yours", "yourselves", "theyre", "youre", "ya", "u", "ur", "yall", "theyll", "theyd", "theyve", "youll",
            "youd", "youve");

    static final Set<String> PRONOUN_NOUNS = Set.of("people", "lot", "kind", "sort", "type", "folk", "kinds",
            "sorts", "types", "ones", "bunch", "lives", "life");

    static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "such", "their", "that", "your");

    /** Nouns that a group word makes a group of people: "Chinese people", "Roma families", "gay lives". */
    static final Set<String> GROUP_NOUNS = Set.of("people", "folk", "folks", "men", "women", "kids",
            "children", "immigrants", "migrants", "refugees", "workers", "families", "community", "communities",
            "guys", "girls", "boys", "nationals", "citizens", "person", "persons", "man", "woman", "individuals",
            "lives", "life", "population", "race", "kind", "scum", "lot", "blood", "gangs", "gang", "refugee",
            "immigrant", "migrant", "family", "worker", "kid", "child", "boy", "girl", "guy", "national", "citizen");

    /** What a group's possessive may own that is still the group itself: "every Kurd's life", "in women's nature". */
    static final Set<String> OWN_SELVES = Set.of("life", "lives", "throat", "throats", "neck", "necks", "head",
            "heads", "nature", "blood", "genes", "dna", "existence", "kind", "face", "faces", "skulls", "guts");

    /**
     * Nouns that a nationality or a faith word describes without being about people of it: "Chinese food",
     * "the Iraqi government", "Turkish delight". Hostility to a thing or an institution is no hate of a group.
     */
    static final Set<String> THINGS = Set.of("food", "foods", "cuisine", "restaurant", "restaurants",
            "dish", "dishes", "fries", "cheese", "wine", "beer", "tea", "coffee", "bread", "delight", "sausage",
            "language", "music", "film", "films", "movie", "movies", "tv", "team", "teams", "side", "government",
            "governments", "regime", "state", "economy", "army", "forces", "troops", "military", "police",
            "president", "prime", "minister", "ministers", "officials", "authorities", "parliament", "election",
            "elections", "league", "market", "markets", "company", "companies", "products", "goods", "border",
            "borders", "embassy", "flag", "cars", "car", "weather", "roads", "traffic", "airport", "airline",
            "drivers", "keyboard", "version", "translation", "accent", "grammar", "spelling", "media", "press",
            "newspapers", "history", "revolution", "empire", "dynasty", "currency", "banks", "stocks", "hair", "paint",
            "shirt", "shirts", "shoes", "clothes", "dress", "house", "houses", "walls", "bag", "bags", "sauce", "rice",
            "meat", "truck", "van", "model", "models", "magic", "friday", "widow", "hole", "holes", "board",
            "matter", "rights", "issues", "parade", "pride", "marriage", "bar", "bars", "club", "clubs", "agenda",
            "policy", "law", "laws", "ban", "vote", "votes", "candidate", "party", "leader", "leaders",
            "ramadan", "prayers", "festival", "holiday",
            "calendar", "new", "year", "sea", "coast", "capital", "city", "villages", "cities", "region", "province",
            "oil", "gas", "wall", "quarter", "district", "neighbourhood", "neighborhood", "spring",
            "war", "wars", "conflict", "crisis", "peace", "talks", "deal", "referendum", "independence");

    /**
     * Phrases that look like a negation and are none: "no better than rats", "nothing but trash", "without a
     * doubt", "can't help themselves", "not only".
     */
    static final List<String> NOT_NEGATIONS = List.of("no better than", "no more than", "nothing but",
            "nothing more than", "nothing less than", "nothing short of", "without a doubt", "without exception",
            "no doubt", "not only", "no wonder", "cant help", "cannot help", "can not help", "cant stop",
            "cannot stop", "never stop", "never cease", "no different", "not even", "nothing else", "no one else",
            "nobody else", "not surprised", "no surprise", "not a surprise", "never fail", "nothing short",
            "cant wait", "no end", "never ending", "not just", "never change", "wont change", "never learn",
            "no matter", "without mercy", "dont we", "cant we", "wont we", "shouldnt we", "dont you", "why not", "wouldnt it be", "isnt it", "no mercy", "cant be trusted");

    /** "if you ask me", "I'd say", "as I said": the speaker's own words, not a report of someone else's. */
    static final Set<String> OWN_SPEAKERS = Set.of("i", "id", "ill", "we", "wed", "to", "must", "gotta", "can",
            "ive", "just", "really", "honestly", "firmly", "do", "truly", "personally");

    static final Set<String> SPEECH_VERBS = Set.of("say", "said", "saying", "says", "claim", "claiming",
            "told", "call", "called", "calling", "calls", "tell", "tells", "claims", "claimed");

    /** "You can't seriously believe that", "he thinks": a belief is reported when someone else holds it. */
    static final Set<String> BELIEF_VERBS = Set.of("believe", "believes", "think", "thinks", "mean", "say",
            "feel", "reckon", "agree",
            "means", "suggest", "suggests", "suggesting", "imply", "implying", "implies", "pretend", "pretending");

    static final Set<String> OTHER_SPEAKERS = Set.of("you", "he", "she", "they", "people", "someone",
            "somebody", "anyone", "anybody", "who", "folks", "trolls", "racists", "bigots", "guy", "man", "woman",
            "seriously", "u", "ya", "politicians", "some", "those", "many");

    /** Words too common in any comment to tell whether a predicate is there. */
    static final Set<String> COMMON = Set.of("them", "they", "their", "theirs", "with", "people", "never",
            "you", "your", "the", "and", "for", "off", "out", "over", "down", "back", "into", "about", "all", "have",
            "been", "being", "like", "just", "some", "time", "more", "most", "much", "many", "than", "that", "this",
            "these", "those", "what", "when", "where", "which", "will", "would", "could", "should", "from", "here",
            "there", "every", "other", "only", "even", "also", "make", "made", "take", "away", "want", "need", "know",
            "think", "good", "well", "first", "last", "long", "very", "such", "each", "same", "before",
            "after", "again", "ever", "while", "without", "within", "because", "whole", "world", "country", "place",
            "life", "lives", "live", "thing", "things", "else", "around", "through", "against", "under", "no", "not",
            "to", "in", "of", "a", "an", "on", "at", "up", "get", "got", "put", "set", "let", "go", "is", "are",
            "be", "do", "does");

    static final List<String> ARTICLE_CARRIERS = List.of("they", "them", "their", "theyre", "these people",
            "those people");

    static final Set<String> NOT_PLURALS = Set.of("always", "perhaps", "across", "whereas", "unless",
            "hers", "yours", "ours", "theirs", "towards", "afterwards", "besides", "sometimes", "nowadays", "does",
            "goes", "was", "has", "its", "lets", "thats", "whats", "heres", "theres", "hes", "shes", "says");

    static final Set<String> NAME_ENDS = Set.of("and", "or", "who", "that", "like", "just", "cant", "will",
            "always", "never", "again", "here", "there", "now", "me", "us", "everywhere", "anyway", "lol", "then",
            "can", "should", "must", "would", "could", "dont", "doesnt", "do", "does", "did", "have", "has", "had",
            "get", "got", "go", "think", "thinks", "as", "if", "so", "too", "eh", "huh", "ok");

    static final Set<String> SENDS = Set.of("send", "ship", "kick", "throw", "boot", "chuck", "fly", "drive",
            "turf", "force", "pack", "run", "deport", "put", "bus", "march");

    static final Set<String> AWAY = Set.of("back", "out", "home", "away", "off");

    static final Set<String> TOUCHES = Set.of("touched", "handled", "cooked", "prepared", "served",
            "made", "used", "worn", "breathed", "licked", "sat");

    static final Set<String> REFUSED_USES = Set.of("eat", "drink", "touch", "use", "wear", "buy", "take",
            "accept", "sit", "share");

    static final Set<String> BECOMING = Set.of("woke", "were", "was", "became", "turned", "had",
            "ever", "found", "wake");

    static final Set<String> SELF_HARMS = Set.of("kill", "shoot", "hang", "end", "off", "top");

    /** Words right before a slur that make it a name for someone: "you tranny", "another muzzie". */
    static final Set<String> SLUR_CALLS = Set.of("you", "u", "ya", "another", "typical", "youre", "dirty",
            "filthy", "fucking", "stinking", "bloody", "ugly", "stupid", "dumb", "disgusting");

    /** Words before "a" that make what follows a name for someone: "nothing but a", "such a", "like a". */
    static final Set<String> SLUR_ARTICLE_CALLS = Set.of("but", "just", "only", "such", "what", "merely",
            "simply", "another", "youre", "ur", "than", "basically", "literally", "total", "complete");

    /** "a bunch of", "a load of", "full of": many people at once. */
    static final Set<String> SLUR_COLLECTIVES = Set.of("bunch", "load", "loads", "lot", "lots", "pack",
            "gang", "horde", "hordes", "swarm", "full", "nest", "band", "herd", "mob", "flock", "plenty", "kind",
            "sort", "type");

    /** Words that qualify a name between its cue and the slur: "another common", "just a dirty little". */
    static final Set<String> SLUR_QUALIFIERS = Set.of("common", "little", "old", "fat", "dirty", "filthy",
            "fucking", "bloody", "damn", "typical", "stupid", "dumb", "ugly", "sad", "pathetic", "disgusting",
            "stinking", "lazy", "useless", "worthless");

    /** Words right after a slur that make it a name for people: "tranny behaviour", "muzzie logic". */
    static final Set<String> SLUR_MARKS = Set.of("behaviour", "behavior", "logic", "antics", "nonsense");

    static final Set<String> SLUR_LIKE = Set.of("you", "u", "him", "her", "them", "yourself");

    /** Names that are sworn at the world as often as at someone: "Motherfucker, how is that even possible?" */
    static final Set<String> EXCLAMATIONS = Set.of("motherfucker", "motherfuckers", "mofo", "bastard",
            "bastards", "mothafucka", "muthafucka");

    /** What a group may be put in: "in charge", "into government", "in power". */
    static final Set<String> OFFICES = Set.of("charge", "power", "government", "office", "parliament",
            "politics", "command", "control");

    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "this", "that", "these",
            "those", "his", "her", "their", "my", "our", "your", "its");

    /** The links that say who a named person is: "Trump is", "McKenzie was". */
    static final Set<String> NAME_LINKS = Set.of("is", "was", "s", "isnt", "wasnt");

    /** Capitalised words before "is" that are no one's name: "This is a joke", "Everything was a lie". */
    static final Set<String> NOT_NAMES = Set.of("this", "that", "these", "those", "it", "its", "there",
            "here", "what", "which", "who", "whoever", "everything", "nothing", "something", "anything", "all",
            "life", "war", "politics", "today", "tonight", "tomorrow", "yesterday", "he", "she", "they", "one",
            "the", "a", "an", "each", "every", "why", "how", "where", "when", "now", "news", "history", "time");

    /** Names that things are called too ("corruption is a cancer"): said of a named person only with more. */
    static final Set<String> METAPHORS = Set.of("cancer", "cancers", "disease", "diseases", "plague",
            "plagues", "poison", "curse", "scourge", "tumour", "tumor", "pest", "pestilence", "infestation", "blight",
            "joke", "mess", "disaster", "disgrace", "farce", "sheep", "swarm", "horde", "hordes", "monster", "demon",
            "devil", "abomination", "filth", "tick", "worm", "snake", "dog", "pig", "pigs", "rat", "hack", "tool");

    static final List<String> PEOPLE_ENDINGS = List.of("ers", "ors", "ists", "ist", "ians", "ian", "ants", "ents", "men",
            "ees", "ives", "ates", "ards", "ots", "obes", "letes", "ites", "als", "nazis");

    /** Words with a person's ending that name no people. */
    static final Set<String> NOT_PEOPLE = Set.of(
            "wrists", "lists", "fists", "twists", "mists", "wrist", "list", "fist", "twist", "mist", "gist", "exist",
            "insist", "persist", "resist", "assist", "consist", "median", "guardian", "indian", "asian", "christian", "knees", "trees", "fees", "bees", "degrees", "tees",
            "guarantees", "boots", "roots", "shoots", "parrots", "carrots", "crackers", "squirrels", "festivals",
            "hospitals", "signals", "journals", "rituals", "terminals", "petals", "pedals", "metals", "totals",
            "rentals", "arrivals", "proposals", "materials", "manuals", "minerals", "tutorials", "intervals",
            "capitals", "potatoes", "tomatoes", "drawers", "showers", "towels", "offers", "layers",
            "computers", "printers", "burgers", "stickers", "containers", "trailers", "chargers", "speakers",
            "heaters", "blenders", "posters", "papers", "waters", "numbers", "letters", "borders", "orders",
            "powers", "flowers", "towers", "rivers", "corners", "dinners", "summers", "winters", "fingers",
            "banners", "covers", "folders", "filters", "chapters", "matters", "manners", "answers", "others",
            "colors", "colours", "errors", "doors", "floors", "sensors", "motors", "mirrors", "tractors", "factors",
            "sectors", "vectors", "monitors", "elevators", "calculators", "restaurants", "plants", "pants", "events",
            "comments", "moments", "documents", "governments", "arguments", "elements", "payments", "topics",
            "politics", "economics", "physics", "classics", "comics", "lyrics", "tactics", "graphics", "basics",
            "statistics", "olives", "archives", "incentives", "objectives", "alternatives", "drives", "lives",
            "knives", "updates", "dates", "rates", "states", "estates", "plates", "debates", "climates", "gates",
            "cards", "boards", "records", "awards", "words", "birds", "standards", "yards", "towards", "rewards",
            "robots", "spots", "slots", "plots", "shots", "bots", "pots", "dots", "knots", "lots", "sites", "bites",
            "kites", "rites", "nights", "whites", "tools", "schools", "rules", "bills", "hills", "skills", "mills",
            "walls", "balls", "calls", "halls", "malls", "meals", "deals", "animals", "details", "emails", "levels",
            "hotels", "models", "novels", "channels", "panels", "files", "miles", "smiles", "styles", "tiles",
            "vehicles", "articles", "principles", "cities", "countries", "policies", "parties", "stories", "studies",
            "bodies", "companies", "economies", "strategies", "industries", "technologies", "memories", "categories",
            "activities", "communities", "authorities", "properties", "movies", "cookies", "series", "species",
            "pies", "ties", "lies", "supplies", "replies", "cavities", "puppies", "armies", "times", "games",
            "homes", "names", "crimes", "themes", "frames", "ancients", "segments", "statements", "treatments",
            "departments", "apartments", "investments", "instruments", "experiments", "components", "percents",
            "tents", "vents", "rents", "talents", "accents", "scents", "cents", "patents", "contents", "extents",
            "intents", "incidents", "accidents", "sheets", "streets", "tweets", "sweets", "markets", "tickets",
            "pockets", "rockets", "jackets", "buckets", "targets", "budgets", "assets", "sets", "pets", "bets",
            "nets", "jets", "years", "tears", "gears", "ears", "bears", "chairs", "stairs", "hours", "tours",
            "flavours", "flavors", "favours", "favors", "labours", "humours", "honours", "rumours");

    static final Set<String> SUPPOSITIONS = Set.of("if", "when", "unless", "whenever");

    static final Set<String> WRITINGS = Set.of("this", "that", "it", "the", "these", "those");

    static final Set<String> OBJECT_PRONOUNS = Set.of("them", "us", "him", "her", "me", "you");

    static final Set<String> THEMSELVES = Set.of("they", "theyre", "theyll", "themselves", "their");

    static final Set<String> FULL_OF = Set.of("full", "overrun", "crawling", "infested", "teeming",
            "swarming", "filled");

    /** Words after which a group is not what a clause is about: "tattoos on women are ugly". */
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "with", "for", "by", "at", "from", "to",
            "than", "of", "among", "against", "toward", "towards", "into", "onto", "about", "over", "under");

    /** Auxiliaries that may stand between a group and what it is said to be or do: "can be", "will always". */
    static final Set<String> AUXILIARIES = Set.of("can", "could", "will", "would", "must", "should", "may",
            "might", "do", "does", "did", "have", "has", "had", "shall", "cant", "wont", "dont", "doesnt", "didnt",
            "cannot", "shouldnt", "wouldnt", "couldnt", "havent", "hasnt", "ever", "never", "not", "all", "really",
            "always", "just", "still", "only", "truly", "simply", "also", "too", "each", "every", "one", "here",
            "there", "now", "today", "clearly", "obviously", "certainly", "definitely", "probably", "basically",
            "secretly", "actually", "literally", "honestly", "seriously", "who", "that", "keep", "like", "you", "them",
            "us", "me", "in", "this", "country", "around", "everywhere");

    /** "the biggest mistake", "the greatest threat": a degree, which leaves the name a name. */
    static final Set<String> SUPERLATIVES = Set.of("biggest", "greatest", "worst", "largest", "single",
            "ultimate", "number", "one", "main");

    /** "We should not allow any Kurd to be hurt": a harm refused. */
    static final Set<String> PERMITS = Set.of("let", "allow", "permit", "tolerate", "want", "wish", "accept");

    static final Set<String> FIRST_PERSON = Set.of("i", "im", "ive", "id", "my", "we", "our", "me");

    static final Set<String> OTHERS_FEELINGS = Set.of("your", "his", "her", "their", "the", "whose", "its");

    static final Set<String> THIRD_PERSON = Set.of("they", "them", "their", "theirs", "themselves",
            "theyre", "he", "him", "she", "her", "hes", "shes", "his");

    /** Words that qualify a name called at someone: "you sad little troll", "you old fool". */
    static final Set<String> QUALIFIERS = Set.of("sad", "poor", "silly", "old", "fat", "ugly", "stupid",
            "dumb", "bloody", "miserable", "wretched", "lying", "smug", "bitter", "angry", "little", "big", "sick",
            "nasty", "vile", "evil", "thick", "daft", "mad", "bald", "lazy", "cheap", "dirty", "filthy");

    static final Set<String> TREATS = Set.of("treat", "treats", "treated", "treating", "regard", "regards",
            "regarded", "view", "viewed", "portray", "portrays", "portrayed", "depict", "depicts", "depicted");

    static final Set<String> TRAITS = Set.of("typical", "characteristic", "nature", "trait", "habit");

    /** Nouns a predicate may qualify and still describe the people: "the dumbest people", "lesser beings". */
    static final Set<String> PEOPLE = Set.of("one", "ones", "creature", "creatures", "being", "beings",
            "human", "humans", "race", "races", "species", "breed", "specimen", "specimens", "person", "persons",
            "lot", "bunch", "kind", "type", "sort", "group", "groups", "thing", "things", "individuals", "members",
            "member", "citizens", "residents", "neighbours", "neighbors", "society", "world", "planet", "earth",
            "country", "nation", "civilisation", "civilization", "humanity", "mankind", "us", "everyone", "anyone");

    /** Words that may stand between a link and what it says: "are all just a bunch of", "such utter". */
    static final Set<String> FILLERS = Set.of("a", "an", "the", "all", "just", "so", "such", "really",
            "truly", "but", "like", "total", "complete", "absolute", "utter", "bunch", "pack", "of", "lot",
            "more", "most", "very", "basically", "literally", "simply", "mere", "little", "always", "still", "only",
            "mostly", "mainly", "generally", "naturally", "born", "filthy", "dirty", "fucking", "bloody", "damn",
            "better", "than", "worse", "ever", "too", "quite", "pretty", "rather", "inherently", "genetically",
            "clearly", "obviously", "certainly", "definitely", "being", "treated", "as", "same", "these", "those",
            "them", "they", "that", "common", "nothing", "been", "be", "seen", "considered", "known", "some",
            "kind", "sort", "type", "sorry", "pure", "sheer", "real", "proper", "massive", "huge", "big", "right",
            "and", "or", "fit", "for", "in", "to", "are", "is", "was", "were", "worth", "any", "amount", "less", "my",
            "our", "eyes", "honestly", "seriously", "frankly", "nature", "by", "thick");

    /** Words after a predicate that leave it a predicate: "vermin and", "a disease on this country". */
    static final Set<String> FOLLOWERS = Set.of("and", "or", "but", "who", "that", "which", "because",
            "like", "than", "as", "too", "anyway", "all", "everywhere", "here", "there", "now", "today", "again",
            "honestly", "seriously", "period", "end", "lol", "imo", "mate", "innit", "frankly", "always", "so", "is",
            "are", "was", "were", "will", "should", "must", "deserve", "to", "after", "without", "if", "when",
            "though", "tbh", "ffs", "really", "anymore", "forever", "ever", "combined", "alive", "dead",
            "yet", "then", "just", "i", "we", "you", "they", "me", "them", "it", "whatsoever", "at", "one",
            "once", "already", "soon", "tomorrow", "tonight", "asap", "altogether", "please", "instead", "first");

    static final List<String> ADJECTIVE_ENDINGS = List.of("y", "ous", "less", "ful", "ive", "ic", "ed", "id",
            "ior", "ard", "ent", "ant", "ing", "il", "ible", "able", "ish", "al", "ile");

    /** Words that make a harm a call wherever it stands: "the only solution for", "death to". */
    static final Set<String> CALLS = Set.of("solution", "death");

    static final Set<String> BARE = Set.of("to", "be", "all", "just", "get", "finally", "simply", "slowly",
            "each", "every", "one", "of", "them", "like", "you", "here", "there", "now");

    /** Words that call for harm before a group ("we have to deport") but not after it ("you have that shot"). */
    static final Set<String> AFTER_GROUP_NON_CALLERS = Set.of("to", "i", "we", "can", "could", "might",
            "have", "got", "just", "please", "love");

    static final Set<String> MODALS = Set.of("should", "must", "would", "ought", "shouldnt", "needs", "need");

    static final Set<String> CONJUNCTIONS = Set.of("but", "and", "or", "because", "so", "while", "when",
            "if", "though", "although", "unless", "until");

    static final Set<String> QUANTIFIERS = Set.of("all", "each", "one", "some", "most", "lot", "rest", "many",
            "every", "any", "none");

    /** Words that begin the object of a verb: "the", "a", "our". */
    static final Set<String> OBJECTS = Set.of("the", "a", "an", "our", "my", "his", "her", "this", "that",
            "these", "those", "their", "its", "us", "me", "him", "each");

    /** "Kurds control the media", "Roma breed like rats": the group does it, with only adverbs between. */
    /** Parts of a body that a threat names instead of the people: "cut their throats", "snap that neck". */
    static final Set<String> BODY_PARTS = Set.of("throat", "throats", "neck", "necks", "skull", "skulls");

    /** What a threat does to a body part. */
    static final Set<String> BODY_HARMS = Set.of("cut", "slit", "slash", "snap", "break", "crack", "smash",
            "crush", "wring", "stab", "slice");

    /** "I'd rather die than let anyone hurt a Kurd": what the speaker would not stand by and watch. */
    static final Set<String> STANDS_BY = Set.of("let", "see", "watch", "allow", "hurt", "harm", "kill",
            "attack", "insult", "abuse", "mock", "betray", "abandon", "lose", "leave");

    /** Comparatives that rank one side above the other: "smarter", "more valuable", "rather". */
    static final Set<String> ABOVE = Set.of("more", "better", "rather", "sooner", "superior");

    /** Comparatives that rank the despised thing below the group, which says nothing against it. */
    static final Set<String> BELOW = Set.of("less", "worse", "lower", "fewer", "dumber", "stupider",
            "weaker", "uglier", "dirtier", "poorer", "lazier", "nastier", "smaller", "problem", "threat", "danger",
            "nuisance", "issue", "worry", "risk", "concern", "menace", "burden", "pain", "dangerous", "harmful");

    static final Set<String> NOT_COMPARATIVES = Set.of("other", "others", "never", "ever", "however",
            "whatever", "whenever", "wherever", "over", "under", "after", "either", "neither", "whether", "together",
            "water", "paper", "number", "matter", "answer", "mother", "father", "brother", "sister", "daughter",
            "corner", "dinner", "winter", "summer", "power", "owner", "order", "border", "member", "player",
            "killer", "leader", "teacher", "driver", "officer", "soldier", "worker", "writer", "reader", "user",
            "lover", "hamster", "beer", "deer", "cheer", "career", "engineer", "banker", "lawyer", "farmer",
            "partner", "neighbour", "neighbor", "stranger", "danger", "hunger", "anger", "monster", "whisper",
            "butter", "letter", "river", "silver", "finger", "shoulder", "toddler", "computer", "poster", "minister");

    /** What is given to the despised thing: a plea about how the group is treated, not a ranking of it. */
    static final Set<String> GIVEN = Set.of("get", "gets", "got", "getting", "receive", "receives",
            "received", "given", "gave", "treated", "treatment", "rights", "protection", "money", "funding",
            "benefits", "welfare", "housing", "coverage", "healthcare");

    /** "smarter than people think": the group is who thinks, not who is compared. */
    static final Set<String> THINKING = Set.of("think", "thought", "believe", "realise", "realize", "know",
            "expect", "expected", "imagine", "assume", "suppose", "say", "give", "credit", "guess", "do", "did",
            "does");

    static final Set<String> NT = Set.of("cant", "dont", "doesnt", "wont", "isnt", "arent", "wasnt",
            "werent", "couldnt", "shouldnt", "wouldnt", "aint", "didnt", "mustnt", "neednt", "havent", "hasnt");

    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourselves", "youre", "ya", "u",
            "ur", "yall");
}
