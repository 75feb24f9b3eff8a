"""What the question analysis makes of a question's wording."""

from bot.question import analyse


def test_a_question_written_with_capitals_names_its_own_names():
    corpus_names = frozenset({"reform", "song", "tao"})  # the corpus writes "Five Institutional Reforms"
    cased = analyse("Which reforms did the ambassador tell Song Tao about?", corpus_names)
    assert "reform" in cased.focus and cased.entities == {"song", "tao"}
    lowercase = analyse("which reforms did the ambassador tell song tao about", corpus_names)
    assert {"song", "tao"} <= lowercase.entities  # only the corpus can say what is a name ...
    assert "reform" in lowercase.focus  # ... but the word right after "which" is the kind of answer


def test_framing_words_are_not_what_the_question_is_about():
    assert analyse("what does ashimbayev find very symbolic", frozenset({"ashimbayev"})).focus == {"symbolic"}
    q = analyse("What form of interaction did the legislators say they wanted to intensify?")
    assert q.focus == {"interaction", "legislator", "intensify"}
    assert analyse("and where did the meeting take place?").focus == {"meet"}
    assert analyse("what was the subject of the address he briefed them on").focus == {"address", "brief"}


def test_the_noun_the_answer_is_one_of():
    assert analyse("Which reforms did the ambassador tell Song Tao about?").asked == "reform"
    assert analyse("What form of interaction did they intensify?").asked == "interaction"
    assert analyse("What did Tokayev say?").asked is None
    assert analyse("Which two programs did they discuss?").asked == "program"  # counts and "new" are read past
    assert analyse("Which articles discuss the coronavirus?").asked is None  # "articles" names no answer


def test_what_happened_in_a_passive_question():
    assert analyse("When was Song Tao appointed head of the department?").predicate == "appoint"
    assert analyse("when was the department founded").predicate == "found"
    assert analyse("When was the G20 summit held?").predicate is None  # "held" says little
    assert analyse("When was the United States founded?").predicate == "found"  # "United" is a name, not a deed
    assert analyse("When was that?").predicate is None


def test_what_happened_is_read_past_a_closing_time_or_place():
    names = frozenset({"kazakhstan", "china", "tokayev", "wang", "hun"})
    assert analyse("How much oil did Kazakhstan export to China last year?", names).predicate == "export"
    assert analyse("How much diesel did Kazakhstan consume in 2022?", names).predicate == "consum"
    assert analyse("When did Tokayev meet Wang Huning?", names).predicate is None  # a name, not a deed
    assert analyse("When did the port open?").predicate == "open"
    assert analyse("How many students did the branch admit in its first year?").predicate == "admit"
    assert analyse("When did Tokayev arrive in Beijing?", names | {"beij"}).predicate == "arriv"  # "Beijing" is no verb
    assert analyse("How many tonnes of beef has Kazakhstan exported to China?", names).predicate == "export"
    assert analyse("When did the first wind farm in Zhanatas start working?").predicate == "work"  # a verb in the phrase


def test_who_did_something_for_a_body_wants_someone_of_that_body():
    assert analyse("Who signed the refinery agreement for CNPC?").side == {"cnpc"}
    q = analyse("Who signed the agreement for Kazakhstan?")
    assert q.country == "Kazakhstan" and not q.side


def test_a_capitalised_first_word_is_a_name_only_if_the_articles_write_it_as_one():
    assert "together" not in analyse("Together with whom did Nuryshev agree?").entities
    assert "tokayev" in analyse("Tokayev said what?").entities
    assert "astana" in analyse("Astana hosted what?", frozenset({"astana"})).entities


def test_where_was_it_held_is_all_about_what_the_conversation_calls_it():
    assert analyse("where was it held?").focus == set()
    assert analyse("Where was the summit held?").focus == {"summit", "hold"}


def test_what_post_does_someone_hold_asks_for_an_office():
    q = analyse("What post does Wang Huning hold?")
    assert q.kind == "title" and q.focus == set()


def test_an_office_written_before_a_name_is_that_persons():
    assert analyse("Who met with Chinese ambassador Zhang Hanhui?").role is None
    assert analyse("Who is the Kazakh ambassador to China?").role == "ambassador"


def test_what_is_the_budget_asks_for_a_figure():
    assert analyse("What is the budget of the light rail project?").kind == "number"
    assert analyse("What was the volume of trade?").kind == "number"
    assert analyse("What value did Tokayev stress?").kind == "other"


def test_who_is_someone_asks_for_their_office():
    names = frozenset({"li", "zhanshu"})
    assert analyse("Who is Li Zhanshu?", names).kind == "title"
    assert analyse("who is li zhanshu", names).kind == "title"
    assert analyse("Who is the Chinese ambassador?", names).kind == "person"
    assert analyse("who was it with?", names).kind == "person"


def test_the_office_of_the_one_asking_is_not_the_answers():
    q = analyse("Who did the Kazakh ambassador meet in February?")
    assert q.role is None and q.by == "ambassador"
    assert analyse("Who is the Kazakh ambassador?").role == "ambassador"


def test_which_company_asks_for_a_body():
    assert analyse("Which company is building the railroad?").kind == "organisation"
    assert analyse("In which organization does Kazakhstan hold the presidency?").kind == "organisation"
    assert analyse("What kind of body is the CPPCC?").kind == "other"


def test_an_office_after_the_auxiliary_is_the_doers():
    q = analyse("Which Chinese officials did Kazakh diplomats meet?")
    assert q.aggregate and q.by == "diplomat" and q.role is None and q.country == "China"
    assert analyse("Who signed the agreement for Kazakhstan?").country == "Kazakhstan"


def test_who_is_the_holder_of_an_office_asks_for_a_person():
    assert analyse("Who is the CEO of Khorgos Gateway?").kind == "person"
    assert analyse("Who is Li Zhanshu?").kind == "title"


def test_how_many_names_what_it_counts():
    assert analyse("How many bronze medals did the Kazakh team win?").counted == {"bronz", "medal"}
    assert analyse("How many Kazakh companies are taking part?").counted == {"company"}  # the country is checked apart
    assert analyse("How many times has Kazakhstan won?").counted == set()  # "times" is rarely written


def test_the_asked_noun_is_the_last_word_before_the_verb():
    assert analyse("which upcoming domestic political event did he tell them about").asked == "event"
    assert analyse("which two international organizations did li huilai hope for").asked == "organization"
    assert analyse("what did song tao say").asked is None


def test_what_the_answer_is_besides():
    q = analyse("besides a close neighbor, what did song tao call kazakhstan")
    assert q.besides == ("a close neighbor",) and "neighbor" not in q.focus


def test_what_someone_said_about_and_whose_office_a_verb_names():
    assert analyse("what did li huilai say about the g20 summit").about == {"g20", "summit"}
    assert analyse("what did li huilai say").about == frozenset()
    q = analyse("who chaired the cppcc before wang huning")
    assert q.role == "chair" and q.role_of == {"cppcc"}


def test_the_doer_may_be_a_country_s_office_and_a_plural_subject_is_no_list():
    q = analyse("who did china's ambassador meet at nur otan")
    assert q.by == "ambassador" and q.role is None
    assert not analyse("what did the sides reiterate during the videoconference").aggregate
    assert analyse("which kazakh officials met chinese ambassadors").aggregate


def test_degrees_in_words_and_taking_part():
    assert analyse("how much importance does china attach to relations with kazakhstan").kind == "other"
    assert analyse("how much grain did they export").kind == "number"
    q = analyse("who would take part in the joint forums")
    assert "participat" in q.focus and "part" not in q.focus


def test_a_lowercase_word_after_which_is_the_kind_of_answer():
    q = analyse("which summit was nazarbayev invited to", frozenset({"summit", "nazarbayev"}))
    assert q.asked == "summit" and q.entities == {"nazarbayev"}


def test_which_after_a_preposition_still_names_what_is_asked():
    assert analyse("Through which stations do the trains enter Kazakhstan?").asked == "station"


def test_when_did_a_deed_begin_asks_about_that_deed():
    assert analyse("When did construction of the wind farm begin?").event == "construction"
    assert analyse("When did trade talks start?").event == "talk"
    assert analyse("When did the wind farm begin operating?").event is None
    assert analyse("When did they start?").event is None


def test_what_is_the_x_of_y_asks_for_an_x():
    assert analyse("What is the interest rate on the loans?").asked == "rate"
    assert analyse("What is the term for the set of all connected graphs?").asked != "term"


def test_who_is_doing_it_asks_for_the_doer_of_the_progressive_verb():
    assert analyse("Who is building the new railway?", set()).predicate == "build"
    assert analyse("Who was leading the delegation?", set()).predicate == "lead"
    assert analyse("Who is Li Zhanshu?", {"li", "zhanshu"}).kind == "title"


def test_whose_name_and_how_often():
    q = analyse("What is the driver's name?")
    assert q.kind == "name" and q.named == "driver"
    assert analyse("How often will Air Astana fly to Beijing?").kind == "number"
