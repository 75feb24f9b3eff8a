"""Answers a sentence gives only with what is around it: the sentence before or after, the
interviewer's question, the list it is in, the place and the body it is set in."""

from bot.question import analyse


def test_an_office_of_a_body_written_as_its_or_by_a_short_name(bot_on):
    b = bot_on({
        "001_milk.txt": "Camel milk for China\n\nThe Aktau-based firm Shubat Plus sent its first 20 tonnes to Guangzhou. "
        "Its director, Bolat Zhaksylykov, said the powder sells for 60 dollars a kilogram.\n",
        "002_wheat.txt": "Wheat exports\n\nKazakhstan exported 1.1 million tonnes of wheat, the Grain Union of Kazakhstan "
        "reported.\n\nUnion chairman Yevgeny Karabanov said Chinese mills were paying more.\n",
    })
    assert "Bolat Zhaksylykov" in b.answer("Who is the director of Shubat Plus?").text
    assert "Yevgeny Karabanov" in b.answer("Who is the chairman of the Grain Union?").text


def test_a_body_brought_in_and_named_by_the_next_sentence(bot_on):
    b = bot_on({
        "001_milk.txt": "Camel milk for China\n\nA dairy in the Mangystau region has begun exporting powdered camel milk "
        "to China. The Aktau-based firm Shubat Plus sent its first 20 tonnes in February.\n\nThe company keeps 1,500 "
        "camels on pastures near Beineu.\n",
    })
    a = b.answer("Which company exports camel milk to China?")
    assert a.answered and a.text.startswith("Shubat Plus") and "Beineu" not in a.text
    assert a.text.index("A dairy") < a.text.index("The Aktau-based")  # told in the article's order


def test_a_name_asked_for_needs_a_name(bot_on):
    b = bot_on({"001_customs.txt": "Phones seized\n\nThe driver, a 42-year-old citizen of Kazakhstan, was detained.\n"})
    assert not b.answer("What is the driver's name?").answered
    assert "42" in b.answer("How old is the driver?").text


def test_how_often_and_at_what_time_of_day(bot_on):
    b = bot_on({
        "001_flights.txt": "Flights resume\n\nAir Astana resumed flights to Beijing on 15 June 2023.\n\nThe airline will "
        "fly three times a week, using aircraft with 166 seats. Flight KC887 leaves Astana at 23:50.\n",
    })
    assert "three times a week" in b.answer("How often will Air Astana fly to Beijing?").text
    assert "23:50" in b.answer("When does flight KC887 leave Astana?").text


def test_medals_listed_after_a_colon_and_the_games_of_another_city(bot_on):
    b = bot_on({
        "001_games.txt": "Asian Games\n\nKazakhstan won 102 medals at the Asian Games in Hangzhou: 16 gold, 20 silver "
        "and 66 bronze.\n\nAt the previous Games in Jakarta, the country won 15 gold medals.\n",
    })
    assert "16 gold" in b.answer("How many gold medals did Kazakhstan win in Hangzhou?").text
    assert "66 bronze" in b.answer("How many bronze medals did Kazakhstan win?").text
    assert not b.answer("How many silver medals did Kazakhstan win in Busan?").answered


def test_rates_changes_and_prices_of_what_is_asked(bot_on):
    b = bot_on({
        "001_glacier.txt": "Glaciers shrink\n\nThe Tuyuksu glacier, measured since 1957, retreats by about 10 metres a year.\n",
        "002_trains.txt": "Trains\n\nTrains to Central Asia, on the other hand, grew by 30 percent.\n",
        "003_cars.txt": "Cars\n\nLavrentyev expects a Tiggo 7 Pro assembled in Kostanay to cost about 11 million tenge.\n",
        "004_wind.txt": "Zhanatas wind farm opens\n\nThe wind farm has 40 turbines. It was built by Power China and cost "
        "150 million dollars.\n",
    })
    assert "10 metres a year" in b.answer("How fast does the Tuyuksu glacier retreat?").text
    assert "30 percent" in b.answer("How much did trains to Central Asia grow?").text
    assert "11 million tenge" in b.answer("How much will a Tiggo 7 Pro assembled in Kostanay cost?").text
    assert "150 million" in b.answer("How much did the wind farm cost?").text
    assert not b.answer("How much does the electricity cost?").answered  # not what the farm cost


def test_an_interview_written_line_by_line(bot_on):
    b = bot_on({
        "001_student.txt": "A year in Wuhan\n\nAsel Nurlanova spent two semesters at Wuhan University. We asked her "
        "about it.\n\nQ: Why did you choose China?\nA: My grandfather worked on the railway with Chinese engineers.\n\n"
        "Q: What was the hardest part?\nA: The first month. The food was also a shock.\n",
    })
    a = b.answer("What was the hardest part of her year in Wuhan?")
    assert a.answered and a.text.startswith("Q: What was the hardest part?") and "The first month" in a.text
    assert "grandfather" in b.answer("Why did she choose China?").text
    assert not b.answer("What did she study?").answered  # the interviewer's words are no answer


def test_where_a_listed_thing_will_be_built(bot_on):
    b = bot_on({
        "001_deals.txt": "Deals signed\n\nThey include a railway line at Bakhty, a coal gasification plant in Pavlodar "
        "and a car plant in Kostanay.\n",
    })
    a = b.answer("Where will the coal gasification plant be built?")
    assert a.answered and "Pavlodar" in a.text
    assert not b.answer("Where will the cement plant be built?").answered


def test_a_name_inside_a_longer_one_is_another(bot_on):
    b = bot_on({
        "001_yuan.txt": "Yuan payments\n\nPayments in yuan rose to 18 percent of all payments, the National Bank of "
        "Kazakhstan said.\n\nThe Industrial and Commercial Bank of China handled 95 percent of those payments.\n",
    })
    assert not b.answer("What share of payments did Bank of China handle?").answered
    assert "95 percent" in b.answer("What share of payments did the Industrial and Commercial Bank of China handle?").text


def test_places_and_prizes_of_a_contest(bot_on):
    b = bot_on({
        "001_olympiad.txt": "Language olympiad\n\nThe olympiad winner, Aruzhan Bekova, received a scholarship. The second prize of the olympiad went to "
        "Daniyar Ospanov and the third to Madina Iskakova.\n\nThe first gold for Kazakhstan came from cyclist Alexey "
        "Lutsenko.\n",
    })
    assert b.answer("Who took second place in the olympiad?").text.startswith("Daniyar Ospanov")
    assert b.answer("Who took third place in the olympiad?").text.startswith("Madina Iskakova")
    assert "Alexey Lutsenko" in b.answer("Who won Kazakhstan's first gold?").text


def test_what_a_correction_took_back_is_no_answer(bot_on):
    b = bot_on({
        "001_waste.txt": "Waste plant\n\nThe waste plant will burn 1,000 tonnes of waste a day. It will be built on a "
        "12-hectare site.\n\nCorrection: An earlier version of this article said the waste plant would burn 1,500 "
        "tonnes of waste a day.\n",
    })
    a = b.answer("How much waste will the plant burn a day?")
    assert "1,000 tonnes" in a.text and "1,500" not in a.text
    assert "12-hectare" in b.answer("How big is the site?").text
    assert "1,500" in b.answer("What did the earlier version of the article say?").text


def test_a_share_is_a_percentage_and_a_loan_part_of_a_sum(bot_on):
    b = bot_on({
        "001_wind.txt": "Zhanatas wind farm\n\nThe wind farm is owned jointly by China Power, which holds 80 percent, and "
        "Visor. It will produce about 350 million kilowatt-hours a year.\n\nIt was built by Power China and cost 150 "
        "million dollars, of which the banks lent 97 million.\n",
    })
    assert b.answer("What share of the wind farm does China Power own?").text.find("80 percent") >= 0
    assert b.answer("How much did the banks lend?").text.startswith("97 million")


def test_what_a_thing_is_worth_is_no_sum_it_raised(bot_on):
    b = bot_on({
        "001_startup.txt": "Start-up raises money\n\nThe Almaty start-up Qazlingo has raised 2 million dollars from a "
        "Chinese fund.\n\nThe two sides signed 47 agreements worth a total of 22 billion dollars.\n",
    })
    assert not b.answer("How much is Qazlingo worth?").answered
    assert "22 billion" in b.answer("How much are the agreements worth?").text


def test_offices_periods_and_what_a_person_heads(bot_on):
    b = bot_on({
        "001_prosecutors.txt": "Prosecutors sign plan\n\nProsecutor General of Kazakhstan Berik Asylov and Procurator-General "
        "of the Supreme People's Procuratorate of China Ying Yong signed a cooperation programme for 2024–2026 in Beijing "
        "on 15 January 2024.\n\nYing Yong invited 20 Kazakh prosecutors to study at the National Prosecutors College of "
        "China.\n",
        "002_appointed.txt": "Appointment\n\nDing Xuexiang was appointed vice premier in March 2023.\n",
    })
    assert "Supreme People's Procuratorate" in b.answer("Which Chinese agency does Ying Yong head?").text
    assert "2024–2026" in b.answer("what period does the prosecutors' cooperation programme cover").text
    assert "Prosecutors College" in b.answer("Where were the Kazakh prosecutors invited to study?").text
    assert "March 2023" in b.answer("When did Ding Xuexiang become vice premier?").text
    assert not b.answer("When did Ying Yong become procurator-general?").answered  # the day he signed is not it


def test_whose_greetings_the_office_holder_named_before_conveyed(bot_on):
    b = bot_on({
        "001_senate.txt": "Senate Speaker meets Chinese Vice Premier\n\nChairman of the Senate Maulen Ashimbayev received "
        "Vice Premier of the State Council of China Ding Xuexiang in Astana.\n\nDing Xuexiang, for his part, conveyed "
        "the greetings of Chairman Xi Jinping.\n",
    })
    a = b.answer("and whose greetings did the vice premier convey?", [("Who did Ashimbayev receive?", "Vice Premier Ding Xuexiang.")])
    assert a.answered and a.text.startswith("Xi Jinping")


def test_intentions_residents_and_whose_medal(bot_on):
    b = bot_on({
        "001_gas.txt": "Gas talks\n\nThe minister said Kazakhstan intended to increase gas exports to China to 10 billion "
        "cubic metres a year.\n",
        "002_citizens.txt": "Citizens in China\n\nThe embassy helped 150 Kazakh citizens to obtain exit permits last year.\n",
        "003_games.txt": "Games\n\nKazakh athletes won 16 gold medals at the Asian Games in Hangzhou.\n",
    })
    assert not b.answer("How much gas does Kazakhstan export to China now?").answered  # an aim, not a figure
    assert "10 billion" in b.answer("How much gas does Kazakhstan plan to export to China?").text
    assert not b.answer("How many Kazakh citizens live in China?").answered
    assert not b.answer("Who won the table tennis gold at the Hangzhou Asian Games?").answered


def test_places_without_names_times_without_dates_and_counts_without_nouns(bot_on):
    b = bot_on({
        "001_days.txt": "Days of culture\n\nResidents can see an exhibition of Chinese calligraphy at the regional museum "
        "and watch films at the Kinopark cinema.\n",
        "002_court.txt": "Court fines company\n\nThe company failed to report the leak and began the clean-up only after "
        "local farmers complained. The company said it would appeal the ruling.\n",
        "003_lithium.txt": "Lithium licences\n\nThe ministry has received 30 applications for lithium licences.\n\n"
        "Only four have been granted so far.\n",
    })
    assert b.answer("Where can residents see the calligraphy exhibition?").text.lower().startswith("regional museum")
    assert "after local farmers complained" in b.answer("When did the company begin the clean-up?").text
    assert "appeal" in b.answer("What will the company do about the ruling?").text
    assert "four" in b.answer("How many of the licences have been granted?").text


def test_owners_changes_current_shares_and_what_it_refers_to(bot_on):
    b = bot_on({
        "001_wind.txt": "Two wind farms open\n\nThe Zhanatas-2 farm was built by Power China for Samruk-Energy, and the "
        "Kordai farm by Goldwind.\n\nZhanatas-2 cost 210 million dollars.\n\nThe Kordai farm is owned by the private "
        "company Vista International and cost 65 million dollars.\n\nKazakhstan aims to raise the share of renewable energy in its "
        "electricity from 5 percent in 2023 to 15 percent by 2030.\n",
        "002_trade.txt": "Trade record\n\nChinese exports to Kazakhstan grew by 41 percent to 24.7 billion dollars.\n",
    })
    assert "Vista International" in b.answer("Who owns the Kordai farm?").text
    a = b.answer("and how much did it cost?", [("Who built the Zhanatas-2 farm?", "Power China, for Samruk-Energy.")])
    assert "210 million" in a.text and "65 million" not in a.text
    assert b.answer("what share of electricity did renewables produce in 2023").text.startswith("5 percent")
    assert b.answer("How much did Chinese exports to Kazakhstan grow?").text.startswith("41 percent")


def test_a_ranked_list_and_its_items(bot_on):
    b = bot_on({
        "001_list.txt": "Largest Chinese projects\n\nThe agency has published its list of the largest Chinese projects:\n\n"
        "1. Coal gasification plant, Pavlodar region – 4.6 billion dollars (China Energy)\n\n"
        "2. Copper smelter, East Kazakhstan region – 1.8 billion dollars (Jiangxi Copper)\n\n"
        "3. Wind farm, Zhambyl region – 1.1 billion dollars (China Power)\n\n"
        "Together, the projects are expected to create 9,000 jobs.\n",
        "002_storm.txt": "Dust storm\n\nThe Khorgos crossing was closed to traffic from 14:00 to 19:00.\n",
    })
    largest = b.answer("What is the largest Chinese project?")
    assert "Coal gasification" in largest.text and "list of the largest" in largest.text  # told with the list's opening
    second = analyse("What is the second largest Chinese project?")
    typed = {b.library.sentences[e.sentence].text[:2] for e in b.retriever.rank(second) if e.typed}
    assert "2." in typed and not {"1.", "3.", "To"} & typed  # item 2 of the ranking, nothing unranked
    assert "1.8 billion" in b.answer("How much is the copper smelter worth?").text
    assert "Zhambyl" in b.answer("Where is the wind farm?").text
    assert "from 14:00 to 19:00" in b.answer("How long was the Khorgos crossing closed?").text


def test_offices_of_a_city_signers_and_counts_of_which(bot_on):
    b = bot_on({
        "001_cities.txt": "Astana and Beijing sign plan\n\nAkim of Astana Zhenis Kassymbek and Mayor of Beijing Yin Yong "
        "signed a plan of cooperation between the two capitals.\n\nKassymbek said Astana was interested in using electric "
        "buses, of which the city already had more than 300.\n",
        "002_match.txt": "Football friendly\n\nIt was the first meeting between the two teams since 2005, when China won "
        "3–0 in Beijing.\n",
    })
    a = b.answer("who signed the plan of cooperation between astana and beijing")
    assert a.answered and "Zhenis Kassymbek" in a.text and "Yin Yong" in a.text
    assert not a.text.startswith(("Astana", "Yin Yong:"))  # the akim is not "Astana Zhenis Kassymbek"; both signed
    assert "300" in b.answer("how many electric buses does astana have").text
    assert "3–0" in b.answer("what happened in 2005").text


def test_a_sides_opponent_is_a_country(bot_on):
    b = bot_on({
        "001_volley.txt": "Volleyball semi-final\n\nChina beat Kazakhstan 3–0 in the semi-final in Bangkok. China will meet "
        "Japan in the final on Sunday. Kazakhstan will play Thailand for the bronze medal.\n",
    })
    assert "Japan" in b.answer("who will china meet in the final").text
    assert "Thailand" in b.answer("Who will Kazakhstan play for the bronze medal?").text
    assert not b.answer("Who will Kazakhstan play in the final?").answered


def test_an_office_asked_for_its_holder_a_rate_as_a_figure_and_a_count_after_a_semicolon(bot_on):
    b = bot_on({
        "001_bonds.txt": "Panda bonds\n\nKazakhstan plans to issue panda bonds in 2024, Finance Minister Madi Takiyev said.\n\n"
        "Analysts said Kazakhstan could pay a lower interest rate in yuan than in dollars.\n",
        "002_camels.txt": "Camels\n\nWild Bactrian camels are critically endangered; fewer than 1,000 are thought to survive "
        "in China and Mongolia.\n",
    })
    assert "Madi Takiyev" in b.answer("Who is the Finance Minister?").text
    assert not b.answer("What interest rate will Kazakhstan pay on the panda bonds?").answered
    assert "1,000" in b.answer("How many wild Bactrian camels survive?").text
