"""NGO releases' frames around their incidents: the agents' country named as a country ("US
forces"), the day a period runs from and the day of another event ("since the October 7
attacks", "detained after March 2")."""

from __future__ import annotations

import pytest

import forcewatch

AGENTS_ABROAD = [
    # (text, expected country): a country named as the agents' side is not the place
    (
        "Around 200 people prayed at a mosque near Tal Rifaat, a Syrian town in Aleppo governorate, "
        "on May 4, 2018. US forces launched airstrikes on the mosque, killing at least 20 people.",
        "SY",
    ),
    (
        "Fishermen gathered at the harbour of Hodeidah, Yemen, on June 9, 2016. Saudi and "
        "UAE-led forces struck the harbour, killing nine fishermen.",
        "YE",
    ),
]


@pytest.mark.parametrize(("text", "country"), AGENTS_ABROAD)
def test_the_agents_country_is_not_the_incidents(text: str, country: str) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-04-18")
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].country == country


WRITTEN_ABROAD = [
    # (text, country, place): only the dateline is a place; the agents' own country when they
    # are a force that acts at home, the dateline's when they may be abroad
    (
        "(Geneva) – The council renewed the mandate. It was set up after the death in Iranian "
        "police custody of Tara Nouri Sadeghi, a student held over her headscarf, in 2022.",
        "IR",
        None,
    ),
    (
        "(Nairobi) – Two students died in Ugandan police custody after a march on March 3, "
        "their families said.",
        "UG",
        None,
    ),
    (
        "(Beirut) – Israeli forces struck a car on the coastal road on May 3, killing two people.",
        "LB",
        None,
    ),
]


@pytest.mark.parametrize(("text", "country", "place"), WRITTEN_ABROAD)
def test_a_dateline_abroad_is_not_the_incidents_country(
    text: str, country: str, place: str | None
) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-06-01")
    assert result.incidents, result.relevance.reason
    assert (result.incidents[0].country, result.incidents[0].place) == (country, place)


PERIOD_DATES = [
    # (published, text, expected date)
    (
        "2024-04-04",
        "Israeli forces struck a school in Gaza City, killing 11 people. The strike is one of "
        "many since the Hamas-led attacks on southern Israel on October 7.",
        None,
    ),
    (
        "2024-01-03",
        "Workers detained by Israeli authorities after October 7 said soldiers beat them in a "
        "military camp.",
        "2023-10",
    ),
    (
        "2024-01-03",
        "Following the October 7 attacks, soldiers beat several detained workers at a base.",
        "2023-10",
    ),
    (
        "2023-06-05",
        "A man died in hospital after Saturday's shooting, in which police fired at a crowd.",
        "2023-06-03",
    ),
]


@pytest.mark.parametrize(("published", "text", "date"), PERIOD_DATES)
def test_a_period_start_or_bound_is_not_the_incidents_day(
    published: str, text: str, date: str | None
) -> None:
    result = forcewatch.extract(text, lang="en", published=published)
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].date == date


HARM_IN_CUSTODY = [
    # (text, relevant, killed, injured)
    (
        "Protests spread after the death in morality police custody of a young student in "
        "Shiraz in March 2021.",
        True,
        1,
        None,
    ),
    (
        "The family says a 40-year-old man died in military custody near Gao two days after his "
        "arrest.",
        True,
        1,
        None,
    ),
    (
        "Lawyers asked for an inquiry into the suspicious death in custody of a young man.",
        True,
        1,
        None,
    ),
    ("Soldiers put him in a truck, hit him, and drove him to a camp.", True, None, 1),
    ("Guards at the jail electrocuted him during questioning, his brother said.", True, None, 1),
    ("Officers broke his left arm while arresting him outside the mosque.", True, None, 1),
    (
        "The blogger was freed after four months of secret detention and torture in Asmara.",
        True,
        None,
        None,
    ),
    ("He said guards at the base shocked him with electricity.", True, None, 1),
    # a death in custody on hunger strike, or with nothing said of the custodians, is not force
    ("The activist died in custody while on a hunger strike.", False, None, None),
    ("A rocket hit the market, and the blast hit them as they ran.", False, None, None),
]


@pytest.mark.parametrize(("text", "relevant", "killed", "injured"), HARM_IN_CUSTODY)
def test_harm_in_custody_and_blows(
    text: str, relevant: bool, killed: int | None, injured: int | None
) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-05-01")
    assert result.relevance.relevant is relevant, result.relevance.reason
    if relevant:
        incident = result.incidents[0]
        assert (incident.killed.best if incident.killed else None) == killed
        assert (incident.injured.best if incident.injured else None) == injured


RECORDS_AND_CASES = [
    # (text, relevant): harm summed up in the present perfect, without a day or a count, is a
    # record, not a case; with a day or a count it tells one
    ("Since taking power, the junta has detained and tortured critics and journalists.", False),
    ("Far too many villagers have been killed by government troops.", False),
    ("On March 3, soldiers have reportedly beaten two farmers in Gulu.", True),
    ("Police have killed at least 14 protesters in the capital, witnesses said.", True),
    # a habit told with words between the adverb and the harm
    (
        "Monitors counted 40 political prisoners whose trials often leaned on statements "
        "extracted under torture.",
        False,
    ),
    ("On May 9 guards in Rusumo beat two prisoners until they lost consciousness.", True),
    # a relative clause between the means and its harm
    (
        "After a drone strike near Kidal on June 2, 2023, which hit a crowded market and killed "
        "five traders, the army announced an inquiry.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "relevant"), RECORDS_AND_CASES)
def test_a_record_is_not_a_case(text: str, relevant: bool) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-05-01")
    assert result.relevance.relevant is relevant, result.relevance.reason


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "in central X" puts the event in X as "in X" does, before the countries named after it
        (
            "An Israeli strike in central Gaza hit a convoy and killed seven aid workers, and "
            "Cyprus, Britain and Poland halted their aid ships.",
            "PS",
        ),
        (
            "Police shot two men dead at a market in northern Mosul, and a Turkish official and "
            "Jordan condemned the killings.",
            "IQ",
        ),
    ],
)
def test_a_compass_word_keeps_the_locative(text: str, country: str) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-05-01")
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].country == country


GENERIC_OR_NOT = [
    # (text, relevant): a call for justice, a period's harm or a vague toll is no case
    ("The government should investigate the killing of farmers by soldiers.", False),
    ("Relatives called for justice for the beating of students by police.", False),
    ("Throughout the conflict, troops shot villagers in raids on the hills.", False),
    ("Thousands of people were killed by the army during the long insurgency.", False),
    ("The junta has launched airstrikes that killed hundreds of civilians since the coup.", False),
    (
        "Since 2016, the coalition has carried out numerous airstrikes on markets, killing "
        "thousands of civilians.",
        False,
    ),
    ("The beatings of students by riot police in 2020 remain unpunished.", False),
    # with a day or a count of its own it is one
    ("Soldiers repeatedly beat Ali Hassan, 52, in a barracks in Gao on March 2.", True),
    ("The government should investigate the killing of two farmers by soldiers on May 3.", True),
    ("During the war, soldiers shot dead 11 villagers in Kobe on March 9, 2016.", True),
    # plural witnesses describing what guards did is a pattern, not a case
    ("Guards whipped inmates and burned them with cigarettes, former prisoners said.", False),
    # an operation does not frame harm that an armed group did after it
    (
        "Government forces carried out a sweep in the district. Days later, JNIM fighters killed "
        "several civilians in a nearby village.",
        False,
    ),
    # nor a death of another cause after it
    (
        "Riot police broke up the march in the capital. Organisers said 80 people were "
        "detained. Two marchers later died in a road accident on the way home.",
        False,
    ),
    # a death sentence is no death
    ("A court issued a death sentence to the singer after police arrested him.", False),
    # agents called on a report or called for a disturbance are dispatched, not calling for
    # justice
    ("Ruiz was shot by deputies outside a motel after they were called on a report.", True),
    (
        "Troopers were called for a fight at a gas station and shot a man who held a bat.",
        True,
    ),
    (
        "Kim was beaten by police in Dayton after officers had been called on a noise complaint.",
        True,
    ),
    ("Officers responded to a 911 call and fatally shot the man.", True),
    # a clause with its own subject between: the harm told is not the agents'
    ("Police responded to a call about a man who shot his wife.", False),
    ("Officers arrived and found a man shot dead in a car.", False),
    ("Police responded after a gunman shot two clerks and killed a customer.", False),
    # "they": the agents named last before it, in its sentence or the two before
    (
        "Hale stabbed his brother. When deputies arrived, Hale would not drop the blade, so "
        "they shot and killed him.",
        True,
    ),
    (
        "Troopers stopped the van on the highway. The driver drew a pistol. They fired and wounded him.",
        True,
    ),
    ("Police said the robbers fled in a van. They shot a clerk on the way out.", False),
    ("Deputies said the two brothers argued for hours before they shot their father.", False),
    ("Officers surrounded the house in Tulsa. They did not shoot him.", False),
    (
        "Troopers followed the truck for two miles. They saw the driver raise a rifle and opened "
        "fire, killing him on the shoulder.",
        True,
    ),
    ("Police said the robbers fled. They opened fire on the clerk, killing him.", False),
    ("Officers arrived. They opened fire, but no one was hurt.", False),
    ("Paffen opened fire on troopers, they responded and shot him.", True),
    (
        "Deputies arrived at a farm and found a man dead. They encountered his nephew holding "
        "an axe and shot him.",
        True,
    ),
    ("Officers arrived. They said that the man shot his wife.", False),
    ("Troopers reached the quarry, where they exchanged fire with a man, killing him.", True),
    ("Police said the two crews exchanged gunfire with each other, killing a bystander.", False),
    # someone who turned on the agents, then shot with no agent named
    (
        "Ortiz was drunk. He charged the deputies when they arrived and was killed in the yard.",
        True,
    ),
    ("Lee ignored the officers' commands and was shot and killed near the bus depot.", True),
    ("The woman aimed a rifle at two troopers and was fatally shot on the porch.", True),
    ("The man fired at deputies and was killed by his own brother.", False),
    ("He threatened police and was arrested.", False),
    # an officer described before the noun; an officer's returned fire and its outcome
    ("Pike was shot and killed by an off-duty, plainclothes deputy outside a diner.", True),
    ("A man was shot by an off-duty bartender near the bar.", False),
    ("Ruth Gale was shot and killed by a Baker County Sheriff's deputy near a feed store.", True),
    ("Ruth Gale was shot and killed by a Baker County Sheriff's nephew near a feed store.", False),
    ("Vance fired at a trooper on the ramp, and the trooper returned fire, killing him.", True),
    ("Rioters returned fire, killing a shopkeeper.", False),
    # the shot first, then what the one shot did to the agents, or the clash itself
    ("Dorsey was shot dead when he aimed a shotgun at a deputy in the barn.", True),
    ("Pruitt left the trailer with a rifle and was shot after pointing it at troopers.", True),
    ("Nash was killed in a standoff with police at a farmhouse near Ames.", True),
    ("The clerk was shot when he ran toward police to ask for help.", False),
    ("Nash was killed in a standoff with his neighbours near Ames.", False),
    # the agents turned on him first, then he was shot
    ("Troopers ordered Vale to drop the axe on the shoulder. He was shot dead.", True),
    ("Police chased the stolen car for miles. He was killed by the other driver.", False),
    # the agents as "them", named last before it
    (
        "Oakes hit his brother. When deputies arrived, he began shooting at them and was shot dead.",
        True,
    ),
    (
        "Police said the robbers fled. A guard shot at them and was killed by one of the robbers.",
        False,
    ),
    (
        "Police were told two neighbours argued. He began shooting at them and was shot and killed.",
        False,
    ),
    (
        "Troopers shot and killed Reyes at a rest stop, after he identified himself as a guard.",
        True,
    ),
    ("Officers fired at the man, who then shot himself.", False),
    # the same in two sentences
    (
        "Quist stabbed a deputy in the hand with a screwdriver. Quist was then shot and killed.",
        True,
    ),
    ("He fired at deputies from the porch. He was killed by his brother.", False),
    ("The man attacked two officers in Reno. He was arrested.", False),
    ("Ruiz threatened a neighbour with a knife. He was shot dead.", False),
    # an encounter with the agents told as a story, then the one they met shot, no shooter named
    (
        "A trooper tried to stop a van on the interstate. The driver sped off and, after a "
        "twenty-minute pursuit, Dale Hurst Jr. was shot and killed in a field.",
        True,
    ),
    (
        "Marshals and two deputies went to serve a warrant on Okoro. He barricaded himself in a "
        "shed for six hours. Okoro was eventually shot and killed.",
        True,
    ),
    (
        "Officers told Brandt to put the machete down, but he refused to comply with their "
        "commands. He was shot dead in the kitchen.",
        True,
    ),
    ("Pell pulled a revolver on a sergeant outside the bank before being shot and killed.", True),
    (
        "A stolen-car chase through Elkton ended with the driver being shot and killed by police.",
        True,
    ),
    (
        "Deputies pulled over a pickup on Route 9. During the stop, Amos Reyes was shot and "
        "killed.",
        True,
    ),
    (
        "Two deputies knocked at the trailer. Police said Ames came out swinging a bat at one "
        "of them and was shot and killed.",
        True,
    ),
    (
        "Police said Vero wrestled with the troopers on the shoulder and was shot and killed.",
        True,
    ),
    (
        "Police said two brothers argued in the yard. Ames swung a bat at one of them and was "
        "shot and killed.",
        False,
    ),
    (
        "Two state troopers reached the cabin at dusk. Kell shot at them through a window. They "
        "returned fire and killed him.",
        True,
    ),
    ("Officers came to the pier. They returned fire and no one was hurt.", False),
    (
        "U.S. Marshals went to a motel to arrest Dunn. He met them in the hallway with a hatchet "
        "and was shot dead.",
        True,
    ),
    (
        "Police said Lowe left the van holding a pistol and was told to drop it before being shot "
        "twice.",
        True,
    ),
    (
        "Troopers cornered Haney behind a barn, ordering him to put down the rifle. He was shot "
        "and killed moments later.",
        True,
    ),
    ("Officers tasered Bram twice in the alley. He fought on and was fatally wounded.", True),
    # not when someone else shot, the agents came after the fact, or an agent is the one shot
    (
        "Police said a man was shot and killed during a struggle outside a bar. Officers are "
        "searching for the gunman.",
        False,
    ),
    (
        "Deputies responded to a call about shots fired. They found a man who had been shot in a "
        "parked car.",
        False,
    ),
    ("Police chased a stolen car through Elkton. A deputy was shot and killed at the end.", False),
    (
        "The owner confronted the thief in the lot, and during a struggle he was shot in the "
        "chest, police said.",
        False,
    ),
    ("The man was killed in an encounter in Gujarat years ago, his brother said.", False),
    (
        "Deputies chased a stolen truck into Dayton. Its owner was shot to death in Ohio last "
        "spring by his cousin.",
        False,
    ),
    ("Shortly after Cole was shot, officers arriving at the farm encountered a man.", False),
    # other stories' headlines that a page dump ran into one sentence, one about a police
    # shooting: no report of it
    (
        "Farmers market moves indoors for winter Library extends hours during exam week Council "
        "approves budget for bike lanes Man shot and killed by deputies near Elm Lake was armed "
        "High school choir heads to state finals Bridge repairs close Maple Street lanes Bakery "
        "wins regional pie contest Snow expected Thursday across county Hospital opens new wing",
        False,
    ),
    # a long sentence of prose with many names is no rail
    (
        "On March 4 in Dapaong, soldiers of the Togolese Armed Forces shot and killed Kossi "
        "Agbeko, a trader from Sokode, and wounded Yawa Mensah and Efua Dossou, both students at "
        "the University of Kara, after a march organised by Ablode Youth and Tomorrow Togo "
        "reached Independence Square, witnesses told Radio Kanal and Human Rights Watch.",
        True,
    ),
    # the agents' demands are no demand for justice
    (
        "Deputies shot and killed a man in Yuma after he ignored their demands to drop a bat.",
        True,
    ),
    ("Relatives demanded justice for the beating of students by police.", False),
    ("Unions demanded an independent investigation into the shooting of a miner by police.", False),
]


@pytest.mark.parametrize(("text", "relevant"), GENERIC_OR_NOT)
def test_generic_harm_is_not_a_case(text: str, relevant: bool) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-05-01")
    assert result.relevance.relevant is relevant, result.relevance.reason


NOT_THE_STATE = [
    # (text, relevant): an armed group's allies are not the state's; a court's execution is no
    # force
    (
        "The Rapid Support Forces and allied Arab militias killed hundreds of Masalit men in "
        "El Geneina in June 2023.",
        False,
    ),
    ("The RSF and its allied militias shot dozens of villagers near Nyala on May 2.", False),
    ("The authorities executed two men in Isfahan on May 19 after grossly unfair trials.", False),
    # men in military uniform are not said to be soldiers
    ("Gunmen in military uniform killed seven farmers near Gusau on May 4.", False),
    ("Soldiers in uniform shot two men dead at the market on May 2.", True),
    # the state's forces after an armed group's attack are still the state's
    (
        "Hamas fighters attacked the town, and Israeli forces killed 20 people in the response.",
        True,
    ),
    ("After rebels attacked the base, soldiers shot dead three villagers in Kobe on May 3.", True),
]


@pytest.mark.parametrize(("text", "relevant"), NOT_THE_STATE)
def test_harm_by_others_than_the_state(text: str, relevant: bool) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-06-01")
    assert result.relevance.relevant is relevant, result.relevance.reason


PLACES_IN_RELEASES = [
    # (text, place, admin1, country): English spellings of places NGO releases name often; the
    # Palestinian governorates reported as the two territories (HRW-LABELLING.md); an army's
    # nationality does not move a town abroad, a police force's keeps it at home
    ("Israeli forces shot two men dead in Tulkarem on May 3.", "Tulkarem", "PS-WBK", "PS"),
    (
        "An Israeli airstrike killed nine people in Khan Younis on May 3.",
        "Khan Younis",
        "PS-GZA",
        "PS",
    ),
    ("An Israeli strike on a school in Jabalia killed 15 people.", "Jabalia", "PS-GZA", "PS"),
    (
        "Guards beat a woman in a detention center in Sistan and Baluchistan in October 2022.",
        "Sistan and Baluchistan",
        "IR-11",
        "IR",
    ),
    ("A coalition airstrike on a market in Hodeidah killed 12 people.", "Hodeidah", "YE-HU", "YE"),
    # El Alto, which GeoNames' cities500 extract lacks, from the shipped extra places
    ("La Policía Boliviana mató a un joven en El Alto el martes.", "El Alto", "BO-L", "BO"),
]


@pytest.mark.parametrize(("text", "place", "admin1", "country"), PLACES_IN_RELEASES)
def test_places_releases_name(text: str, place: str, admin1: str | None, country: str) -> None:
    result = forcewatch.extract(text, published="2024-05-05")
    assert result.incidents, result.relevance.reason
    incident = result.incidents[0]
    assert (incident.place, incident.admin1, incident.country) == (place, admin1, country)


@pytest.mark.parametrize(
    ("text", "killed", "admin1"),
    [
        # "executed", "massacred" before a number count the dead as "killed" does
        ("Troops summarily executed at least 12 men in the village of Mura on March 5.", 12, None),
        ("On May 2, soldiers massacred 30 villagers near Mekele in Tigray.", 30, "ET-TI"),
        # a one-word region releases name without "region" after it
        (
            "On March 12, a drone strike by the army hit a wedding in Tigray, killing 30 people.",
            30,
            "ET-TI",
        ),
    ],
)
def test_executions_counted_and_regions_named(text: str, killed: int, admin1: str | None) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-06-01")
    assert result.incidents, result.relevance.reason
    incident = result.incidents[0]
    assert incident.killed is not None and incident.killed.best == killed
    assert incident.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # a strike on a building hurts no one by itself; a blow to a person does
        ("Government troops shelled a clinic in the town on April 4, damaging its roof.", False),
        ("Israeli forces struck a UN school in Gaza City on March 3.", False),
        ("Russian forces bombed the library in Chernihiv in March 2022.", False),
        ("The officer struck him with a baton on Monday.", True),
        ("Police struck the man in the head with a baton.", True),
        ("Soldiers shelled a village near Kidal, wounding four children.", True),
    ],
)
def test_a_strike_on_a_building_is_not_harm(text: str, relevant: bool) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-06-01")
    assert result.relevance.relevant is relevant, result.relevance.reason


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # harm threatened, tried, foreseen or denied is not harm done
        ("Soldiers threatened to kill his family if he did not confess.", False),
        ("The minister said police would shoot anyone who attacked officers.", False),
        ("If deported, she could be tortured by the security services.", False),
        ("The army denied that soldiers had tortured anyone at the camp.", False),
        # done after a threat, or denied something else, it is
        ("Soldiers threatened him and then beat him with rifles on March 3.", True),
        ("Police denied him access to a lawyer and beat him in custody on May 2.", True),
    ],
)
def test_threatened_harm_is_not_harm(text: str, relevant: bool) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-06-01")
    assert result.relevance.relevant is relevant, result.relevance.reason


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a court's seat is where the case is heard, not where the harm was done
        (
            "Police beat the students when they arrested them last year. Tomorrow the students "
            "will appear before a Kampala court.",
            None,
            "UG",
        ),
        (
            "Police shot a man in Tema on May 2. The Accra High Court will hear the case.",
            "Tema",
            "GH",
        ),
    ],
)
def test_a_courts_seat_is_not_the_place(text: str, place: str | None, country: str) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-05-05")
    assert result.incidents, result.relevance.reason
    incident = result.incidents[0]
    assert (incident.place, incident.country) == (place, country)


SPANS_OF_YEARS = [
    # a release's summary over a span of years tells no case of its own; the case it sums up,
    # told with its day, is the incident
    (
        "(Beirut) – The security forces raped and tortured detainees while repressing protests in "
        "2022 and 2023, the group said today. On October 3, 2022, officers beat a student in "
        "Zahedan until he lost consciousness.",
        ["2022-10-03"],
    ),
]


@pytest.mark.parametrize(("text", "dates"), SPANS_OF_YEARS)
def test_a_summary_over_years_is_no_incident(text: str, dates: list[str]) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-03-06")
    assert [m.date for m in result.incidents] == dates
