// The built-in scenario tables of ScenarioCatalog. Weights are calls per 1,000, shaped on Durham's published
// figures (docs in /work/shared/DOMAIN.md): the nine quality-of-life and mental-health types make ~15% of
// the mix, next to traffic, general assistance, medical/fire and the usual police calls. Call-type wordings
// and codes mix Durham's with those of other US cities (5150 and 415 from California, 10-codes, "Well Ck
// N-Urgent"), including the odd misspelling that real exports contain.
//
// Template slots: {m} / {f} a man / a woman, {who} the caller (sentence start), {loc} a place, {biz} a
// business, {clo} clothing, {veh} a vehicle, {tag} a licence plate, {min} minutes, {n} a small count,
// {days} days, {item} an object,
// {st} a street. Markers {!x} / {-x}: the text establishes / denies screen x.

#include "scenariocatalog.h"

namespace rr {

void ScenarioCatalog::addScenarios()
{
    using G = ScenarioGroup;
    // --- Durham's nine quality-of-life and mental-health call types ---
    addScenario(u"mental_health", 30, G::QualityOfLife, 2, u"wvd", u"wvsi",
                {{u"MENTAL PERSON", u"", 4},
                 {u"PERSON IN CRISIS", u"", 3},
                 {u"MENTAL HEALTH CRISIS", u"MH", 4},
                 {u"5150", u"5150", 3},
                 {u"EMOTIONALLY DISTURBED PERSON", u"EDP", 3},
                 {u"MENTAL SUBJECT", u"10-96", 2},
                 {u"Mental Hlth Non-Violent", u"MHNV", 2},
                 {u"MENTAL PERSN", u"", 1}},
                {u"{who} reports {m} talking to himself and yelling at cars {loc}.",
                 u"{who} states her adult son is off his meds and hearing voices, pacing in the yard.",
                 u"{f} {loc} appears confused, says people are following her, asking for help.",
                 u"Caller's brother has schizophrenia and has not slept in {days} days, very paranoid.",
                 u"{m} wearing {clo} standing in the road {loc}, shouting about the government.",
                 u"{who} says a tenant is banging on walls and screaming at nobody, ongoing for {min} min."});
    addScenario(u"suicide_threat", 12, G::QualityOfLife, 2, u"wv", u"swi",
                {{u"SUICIDAL PERSON", u"", 4},
                 {u"SUICIDE THREAT", u"", 3},
                 {u"SUICIDAL SUBJECT", u"10-56", 2},
                 {u"ATTEMPTED SUICIDE - THREAT ONLY", u"", 1},
                 {u"Suicide Threat", u"5150S", 1},
                 {u"SUICIDAL PERS", u"", 1}},
                {u"Caller's friend texted that he wants to end it all, no plan stated.{!s}",
                 u"{f} called crisis line, says she does not want to live anymore, at home alone.{!s}",
                 u"Caller's father says he is thinking about killing himself, has been drinking.{!s}",
                 u"{who} reports {m} {loc} saying he wants to die, crying.{!s}",
                 u"Third party caller states her sister posted a goodbye message online.{!s}"});
    addScenario(u"trespass", 26, G::QualityOfLife, 3, u"wvd", u"wvc",
                {{u"TRESPASS", u"", 5},
                 {u"TRESPASSING", u"602", 3},
                 {u"UNWANTED PERSON", u"UNW", 3},
                 {u"UNWANTED SUBJECT", u"", 2},
                 {u"TRESSPASS", u"", 1},
                 {u"Trespass-Unwanted Guest", u"TRES", 1}},
                {u"{who} at {biz} reports {m} who was told to leave refuses to go.",
                 u"{m} sleeping {loc} at {biz}, manager wants him moved along.",
                 u"{who} states {f} keeps coming back to the property after being trespassed.",
                 u"{m} in {clo} hanging out {loc} for {n} hours, will not leave.",
                 u"Unknown person sleeping in the stairwell of the apartment building."});
    addScenario(u"welfare_check", 36, G::QualityOfLife, 3, u"wvd", u"sivw",
                {{u"WELFARE CHECK", u"WELCK", 6},
                 {u"Well Ck N-Urgent", u"", 3},
                 {u"CHECK THE WELFARE", u"", 3},
                 {u"CHECK WELL BEING", u"10-64", 2},
                 {u"WELFARE CHK", u"WELCK", 2},
                 {u"Welfare Check", u"", 2},
                 {u"WELLNESS CHECK", u"", 2},
                 {u"WELFAIR CHECK", u"", 1},
                 {u"WELCK", u"WELCK", 1}},
                {u"Caller requests a welfare check on her mother, has not answered the phone in {days} days.",
                 u"{m} lying on the sidewalk {loc}, not sure if he is ok.",
                 u"Caller's neighbor, elderly female, has not picked up her mail in {days} days.",
                 u"{f} sitting {loc} for hours, appears disoriented, wearing {clo}.",
                 u"Out of state caller asks for a check on her son, he sounded confused on the phone.",
                 u"{who} reports {m} slumped in a {veh} {loc}, engine running."});
    addScenario(u"intoxicated", 15, G::QualityOfLife, 3, u"wvi", u"ivw",
                {{u"DRUNK", u"", 4},
                 {u"INTOXICATED PERSON", u"", 3},
                 {u"PUBLIC INTOXICATION", u"647F", 2},
                 {u"DRUNK IN PUBLIC", u"390", 2},
                 {u"Intoxicated Subj", u"INTOX", 2},
                 {u"DRUNK PERSN", u"", 1}},
                {u"{m} very intoxicated {loc}, stumbling and falling down.",
                 u"{who} at {biz} reports {m} passed out drunk by the door.",
                 u"{f} drinking {loc}, slurring her words, cannot stand up.",
                 u"Drunk male in {clo} bothering customers at {biz}."});
    addScenario(u"panhandling", 6, G::QualityOfLife, 4, u"wvd", u"vc",
                {{u"PANHANDLING", u"", 4},
                 {u"AGGRESSIVE PANHANDLER", u"", 2},
                 {u"PANHANDLER", u"PANH", 2},
                 {u"Solicitation/Panhandling", u"", 1}},
                {u"{m} asking customers for money {loc} at {biz}.",
                 u"{who} reports {f} approaching cars at the intersection asking for change.",
                 u"{m} in {clo} following people to their cars asking for money."});
    addScenario(u"indecency", 4, G::QualityOfLife, 3, u"wv", u"vc",
                {{u"INDECENT EXPOSURE", u"314", 4},
                 {u"INDECENCY", u"", 2},
                 {u"LEWD CONDUCT", u"647A", 1},
                 {u"Indecent Exposure", u"IE", 1}},
                {u"{m} urinating {loc} in view of customers at {biz}.",
                 u"{who} reports {m} exposed himself {loc}, then walked toward {biz}.",
                 u"{f} undressing {loc}, appears confused."});
    addScenario(u"verbal_disturbance", 16, G::QualityOfLife, 3, u"wvd", u"wvd",
                {{u"VERBAL DISTURBANCE", u"415", 4},
                 {u"DISTURBANCE - VERBAL", u"", 3},
                 {u"VERBAL DISPUTE", u"", 2},
                 {u"ARGUMENT", u"", 1},
                 {u"Verbal Disturbance", u"VD", 1}},
                {u"{who} reports {m} and {f} arguing loudly {loc}.",
                 u"{m} yelling and cursing at customers at {biz}.",
                 u"Two neighbors arguing over a parking spot, only verbal.",
                 u"{f} screaming at the bus driver {loc}, refuses to get off the bus."});
    addScenario(u"homeless_person", 10, G::QualityOfLife, 4, u"wvd", u"ic",
                {{u"HOMELESS PERSON", u"", 4},
                 {u"HOMELESS ENCAMPMENT", u"", 2},
                 {u"TRANSIENT", u"", 2},
                 {u"Homeless Complaint", u"HMLS", 1}},
                {u"{m} sleeping {loc} with several bags, {who} wants him checked on.",
                 u"Tent set up behind {biz}, {n} people staying there.",
                 u"{f} with a shopping cart {loc}, it is very cold tonight.",
                 u"{m} in {clo} sleeping in the doorway of {biz}."});

    // --- considered next for an unarmed response ---
    addScenario(u"noise_complaint", 35, G::Considered, 4, u"wv", u"wv",
                {{u"NOISE COMPLAINT", u"", 4},
                 {u"LOUD MUSIC", u"415N", 3},
                 {u"LOUD PARTY", u"", 2},
                 {u"Noise Disturbance", u"NOISE", 2},
                 {u"DISTURBANCE - NOISE", u"415", 1}},
                {u"Loud music from the apartment upstairs, ongoing for {n} hours.",
                 u"{who} reports a party with a large crowd and loud music, cars blocking the street.",
                 u"Neighbors playing loud music in the backyard, third complaint this week.",
                 u"{veh} parked {loc} with music blasting."});
    addScenario(u"disturbance", 35, G::Considered, 3, u"wd", u"wvd",
                {{u"DISTURBANCE", u"415", 5},
                 {u"DISTURBANCE-GENERAL", u"", 2},
                 {u"DISTURBING THE PEACE", u"415", 2},
                 {u"DISTURBENCE", u"", 1},
                 {u"Disturbance", u"DIST", 1}},
                {u"{who} reports a group of juveniles yelling {loc} at {biz}.",
                 u"{m} and {f} in a loud argument in the street, unknown if physical.",
                 u"Disturbance in the parking lot of {biz}, several people shouting.",
                 u"{m} kicking trash cans {loc} and shouting."});
    addScenario(u"drug_activity", 15, G::Considered, 4, u"wv", u"wc",
                {{u"DRUG ACTIVITY", u"", 4},
                 {u"NARCOTICS", u"NARC", 2},
                 {u"DRUG COMPLAINT", u"11550", 1},
                 {u"Suspected Drug Use", u"", 1}},
                {u"Possible drug sales {loc}, cars stopping for a minute and leaving.",
                 u"{who} reports {m} smoking something in the stairwell, smells like crack.",
                 u"{f} appears to be using needles {loc} at {biz}."});
    addPoliceScenarios();
    addOtherScenarios();
}

void ScenarioCatalog::addPoliceScenarios()
{
    using G = ScenarioGroup;
    addScenario(u"alarm", 75, G::Police, 3, u"", u"",
                {{u"ALARM", u"", 3},
                 {u"BURGLAR ALARM", u"459A", 3},
                 {u"ALARM-COMMERCIAL", u"ALRMC", 2},
                 {u"ALARM-RESIDENTIAL", u"ALRMR", 2},
                 {u"Alarm Audible", u"10-33", 1},
                 {u"PANIC ALARM", u"", 1}},
                {u"Alarm company reports front door zone at {biz}, no keyholder en route.",
                 u"Residential burglar alarm, rear motion sensor, homeowner out of town.",
                 u"Commercial alarm, multiple zones, callback to business no answer.",
                 u"Panic alarm activated at the residence, alarm co unable to reach anyone."});
    addScenario(u"suspicious_person", 45, G::Police, 3, u"wc", u"",
                {{u"SUSPICIOUS PERSON", u"SUSP", 5},
                 {u"SUSP PERSON", u"10-37", 2},
                 {u"SUSPICOUS PERSON", u"", 1},
                 {u"Suspicious Circumstances", u"", 2},
                 {u"PROWLER", u"", 1}},
                {u"{m} in {clo} looking into car windows {loc}.",
                 u"{who} reports {m} walking around the back of houses with a flashlight.",
                 u"An unknown female knocking on doors asking for someone who does not live there.",
                 u"{m} has been watching the school playground for {min} min, wearing {clo}."});
    addScenario(
        u"suspicious_vehicle", 25, G::Police, 3, u"w", u"",
        {{u"SUSPICIOUS VEHICLE", u"", 4}, {u"SUSP VEH", u"10-38", 2}, {u"Suspicious Vehicle", u"SV", 1}},
        {u"{veh} {tag} parked {loc} with {n} occupants for over an hour.",
         u"{veh} circling the neighborhood slowly, lights off.",
         u"Unknown {veh} parked in the caller's driveway, no one inside."});
    addScenario(u"burglary", 25, G::Police, 2, u"wc", u"",
                {{u"BURGLARY", u"459", 4},
                 {u"BURGLARY-RESIDENTIAL", u"", 2},
                 {u"B&E", u"", 2},
                 {u"Breaking and Entering", u"BE", 1},
                 {u"BURGLARY IN PROGRESS", u"459P", 1}},
                {u"Caller came home and found the back door kicked in, TV missing.",
                 u"{who} reports the storage unit was broken into overnight, tools taken.",
                 u"Caller hears someone inside the house now, hiding in the bedroom.{!c}",
                 u"Business owner found the front glass broken, register open."});
    addScenario(u"larceny", 35, G::Police, 4, u"wc", u"",
                {{u"LARCENY", u"", 4},
                 {u"THEFT", u"484", 3},
                 {u"PETTY THEFT", u"", 1},
                 {u"Larceny from Vehicle", u"LFMV", 2},
                 {u"LARCENEY", u"", 1}},
                {u"Caller's {item} was stolen from her car {loc} sometime last night.",
                 u"{who} reports {item} taken from the front porch, package delivered at noon.",
                 u"Catalytic converter stolen from a {veh} in the driveway.",
                 u"{item} stolen from the gym locker room at {biz}."});
    addScenario(u"shoplifting", 15, G::Police, 3, u"w", u"",
                {{u"SHOPLIFTING", u"", 4}, {u"SHOPLIFTER IN CUSTODY", u"", 2}, {u"RETAIL THEFT", u"", 1}},
                {u"Loss prevention at {biz} has {f} detained for shoplifting.{!c}",
                 u"{m} in {clo} left {biz} with a cart of items without paying.",
                 u"Store manager reports {n} juveniles took snacks and ran out the back."});
    addScenario(u"vandalism", 15, G::Police, 4, u"wc", u"",
                {{u"VANDALISM", u"594", 3},
                 {u"DAMAGE TO PROPERTY", u"", 3},
                 {u"GRAFFITI", u"", 1},
                 {u"Damage to Property", u"DTP", 1}},
                {u"Caller's car windows smashed overnight {loc}.", u"Graffiti painted on the side of {biz}.",
                 u"Mailbox knocked down, caller thinks it was a {veh}."});
    addScenario(u"vehicle_theft", 12, G::Police, 3, u"w", u"",
                {{u"STOLEN VEHICLE", u"10851", 3}, {u"AUTO THEFT", u"", 2}, {u"Stolen Vehicle", u"SV", 1}},
                {u"Caller's {veh} {tag} stolen from the apartment lot overnight.",
                 u"{who} reports a {veh} taken while it was warming up in the driveway."});
    addScenario(
        u"fraud", 12, G::Police, 4, u"wvc", u"",
        {{u"FRAUD", u"", 3}, {u"SCAM", u"", 2}, {u"IDENTITY THEFT", u"", 1}, {u"Fraud/Forgery", u"FRD", 1}},
        {u"Elderly caller paid $2000 in gift cards to someone claiming to be the IRS.",
         u"Caller's debit card used for purchases she did not make.",
         u"{who} reports someone opened a credit card in her name."});
    addScenario(u"assault", 22, G::Police, 2, u"", u"",
                {{u"ASSAULT", u"240", 3},
                 {u"ASLT", u"", 2},
                 {u"SIMPLE ASSAULT", u"242", 2},
                 {u"ASSAULT W/ DEADLY WEAPON", u"245", 1},
                 {u"Assault", u"ASLT", 1}},
                {u"{m} punched the caller {loc} and ran toward {biz}.{!v}",
                 u"Caller was jumped by {n} males {loc}, has a bloody nose.{!v}{!i}",
                 u"{f} hit a customer with a bottle at {biz}.{!v}{!w}{!i}",
                 u"{m} assaulted a bus driver, now walking away wearing {clo}.{!v}"});
    addScenario(u"domestic", 32, G::Police, 2, u"w", u"",
                {{u"DV", u"", 2},
                 {u"DOMESTIC DISTURBANCE", u"415D", 3},
                 {u"DOMESTIC", u"", 2},
                 {u"DOMESTIC VIOLENCE", u"273.5", 2},
                 {u"Domestic Dispute", u"DD", 1}},
                {u"Caller states her boyfriend is yelling and throwing things at her.{!d}{!v}",
                 u"Neighbor hears a man and woman screaming and things breaking next door.{!d}",
                 u"{f} says her husband pushed her down and took her phone.{!d}{!v}",
                 u"Caller's ex is outside banging on the door, violating a protective order.{!d}{!c}"});
    addScenario(u"robbery", 8, G::Police, 1, u"", u"",
                {{u"ROBBERY", u"211", 3},
                 {u"ARMED ROBBERY", u"", 2},
                 {u"Robbery - Business", u"ROB", 1},
                 {u"STRONG ARM ROBBERY", u"", 1}},
                {u"Clerk at {biz} robbed at gunpoint, suspect ran out the back door.{!w}{!c}",
                 u"{m} in {clo} grabbed the caller's {item} and pushed her down.{!v}",
                 u"Caller robbed by {n} males with a knife {loc} {min} min ago.{!w}{!v}"});
    addScenario(u"shots_fired", 15, G::Police, 1, u"", u"",
                {{u"SHOTS FIRED", u"", 4},
                 {u"SHOTS", u"10-71", 1},
                 {u"SHOTSPOTTER ALERT", u"", 1},
                 {u"DISCHARGE OF FIREARM", u"246", 1},
                 {u"Shots Fired", u"SF", 1}},
                {u"Caller heard {n} gunshots {loc}, unknown direction.{!w}",
                 u"Multiple shots fired near {biz}, a {veh} seen speeding off.{!w}",
                 u"{who} heard what sounded like gunshots behind the building.{!w}"});
    addScenario(
        u"person_with_weapon", 6, G::Police, 1, u"", u"",
        {{u"PERSON WITH A GUN", u"417", 2}, {u"WEAPON COMPLAINT", u"", 2}, {u"MAN WITH A KNIFE", u"", 1}},
        {u"{m} in {clo} waving a handgun {loc}.{!w}",
         u"{m} walking down the street with a large knife, yelling.{!w}{!v}"});
    addScenario(u"threats_harassment", 18, G::Police, 3, u"w", u"",
                {{u"HARASSMENT", u"", 3},
                 {u"THREATS", u"", 2},
                 {u"COMMUNICATING THREATS", u"", 2},
                 {u"Harassing Phone Calls", u"653M", 1}},
                {u"Caller's ex keeps texting her threatening messages.",
                 u"{who} reports a neighbor threatened to beat him up over a fence.{!v}",
                 u"Caller receiving harassing calls from an unknown number for {days} days."});
    addScenario(u"fight", 10, G::Police, 2, u"w", u"",
                {{u"FIGHT", u"", 3}, {u"FIGHT IN PROGRESS", u"242F", 2}, {u"Fight", u"FGT", 1}},
                {u"{n} people fighting in the parking lot of {biz}.{!v}{!c}",
                 u"Large fight {loc}, crowd gathering.{!v}{!c}"});
    addScenario(u"warrant", 6, G::Police, 3, u"", u"",
                {{u"WARRANT", u"", 2}, {u"WARRANT SERVICE", u"WARR", 2}, {u"Wanted Person", u"", 1}},
                {u"Caller states {m} with an outstanding warrant is staying at the residence.",
                 u"{who} reports a wanted person is at {biz} now."});
    addScenario(u"officer_assist", 2, G::Police, 1, u"", u"",
                {{u"OFFICER NEEDS ASSISTANCE", u"10-78", 2},
                 {u"OFFICER DOWN", u"11-99", 1},
                 {u"Assist Officer - Emergency", u"AO", 1}},
                {u"Unit requesting emergency backup {loc}, subject resisting.{!v}",
                 u"Officer calling for help on the radio, fight with suspect.{!v}{!c}"});
    addScenario(u"hang_up_911", 20, G::Police, 2, u"", u"",
                {{u"911 HANGUP", u"", 3},
                 {u"911 HANG UP", u"", 2},
                 {u"ABANDONED 911", u"", 2},
                 {u"Open Line", u"OPEN", 1}},
                {u"911 hangup, callback went to voicemail.",
                 u"Open line, heard yelling in the background then disconnect.",
                 u"Child playing with the phone per callback, parent confirmed."});
}

void ScenarioCatalog::addOtherScenarios()
{
    using G = ScenarioGroup;
    addScenario(u"mva_property", 40, G::Traffic, 3, u"iw", u"",
                {{u"MVA-PROPERTY DAMAGE", u"", 4},
                 {u"MVA NO INJURY", u"", 2},
                 {u"ACCIDENT PD", u"10-50PD", 2},
                 {u"TRAFFIC COLLISION - NON INJURY", u"1182", 2},
                 {u"Veh Accident PDO", u"PDO", 1}},
                {u"Two vehicle collision {loc}, {veh} and a white van, blocking the right lane.",
                 u"Caller backed into a parked {veh} in the lot at {biz}.",
                 u"Minor fender bender at the light, both drivers pulled over."});
    addScenario(
        u"hit_and_run", 14, G::Traffic, 3, u"iw", u"",
        {{u"HIT & RUN NO INJ", u"20002", 3}, {u"HIT AND RUN", u"", 2}, {u"Hit and Run-Prop Dmg", u"HR", 1}},
        {u"Caller's parked car hit by a {veh} {tag} that left the scene.",
         u"{veh} struck the caller's mirror and kept going toward {st}."});
    addScenario(u"mva_injury", 12, G::Traffic, 1, u"w", u"",
                {{u"MVA WITH INJURIES", u"", 3},
                 {u"ACCIDENT PI", u"10-50PI", 2},
                 {u"MVA-INJURY", u"1181", 2},
                 {u"Traffic Collision W/ Injury", u"TCI", 1}},
                {u"Head on collision {loc}, driver of the {veh} complaining of neck pain.{!i}",
                 u"Motorcycle down, rider bleeding from the leg.{!i}",
                 u"Pedestrian struck by a {veh}, conscious and breathing.{!i}"});
    addScenario(
        u"dui", 9, G::Traffic, 2, u"", u"",
        {{u"DUI", u"23152", 3}, {u"DRUNK DRIVER", u"", 2}, {u"DWI", u"", 1}, {u"Possible DUI", u"DUI", 1}},
        {u"{veh} {tag} swerving all over the road heading toward {st}.",
         u"Driver at the drive-thru at {biz} appears very drunk, about to leave."});
    addScenario(u"traffic_hazard", 20, G::Traffic, 3, u"i", u"",
                {{u"TRAFFIC HAZARD", u"", 3},
                 {u"DEBRIS IN ROADWAY", u"", 2},
                 {u"Road Hazard", u"HAZ", 1},
                 {u"TRAFFIC LIGHT OUT", u"", 1}},
                {u"Mattress in the middle of the road {loc}.",
                 u"Traffic lights out at the intersection, cars not stopping.",
                 u"Tree down across both lanes after the storm."});
    addScenario(
        u"stranded_motorist", 15, G::Traffic, 4, u"iw", u"",
        {{u"STRANDED MOTORIST", u"", 3}, {u"DISABLED VEHICLE", u"", 3}, {u"Motorist Assist", u"MA", 1}},
        {u"{f} broke down on the shoulder with {n} kids in the car.",
         u"{veh} with a flat tire {loc}, driver needs help."});
    addScenario(u"parking", 22, G::Traffic, 4, u"", u"",
                {{u"PARKING COMPLAINT", u"", 3},
                 {u"ABANDONED VEHICLE", u"", 2},
                 {u"BLOCKED DRIVEWAY", u"", 2},
                 {u"Parking Violation", u"PARK", 1}},
                {u"{veh} blocking the caller's driveway, cannot get out.",
                 u"{veh} {tag} parked {loc} for {days} weeks, flat tires."});
    addScenario(u"reckless_driving", 8, G::Traffic, 3, u"", u"",
                {{u"RECKLESS DRIVING", u"", 2}, {u"Careless/Reckless Vehicle", u"23103", 1}},
                {u"{veh} racing up and down the street, almost hit a kid.",
                 u"{veh} {tag} driving on the sidewalk {loc}."});

    addScenario(u"follow_up", 35, G::Assistance, 4, u"wvc", u"",
                {{u"FOLLOW UP", u"", 4}, {u"FOLLOW-UP", u"FU", 2}, {u"Follow Up Investigation", u"", 1}},
                {u"Caller wants to add information to the report she made yesterday.",
                 u"{who} has video of the incident from last week for the officer.",
                 u"Caller requests a case number for insurance."});
    addScenario(u"assist_citizen", 40, G::Assistance, 4, u"wvc", u"",
                {{u"GENERAL ASSISTANCE", u"", 2},
                 {u"ASSIST CITIZEN", u"", 3},
                 {u"CIVIL MATTER", u"", 2},
                 {u"INFORMATION", u"INFO", 1},
                 {u"Citizen Assist", u"CA", 1}},
                {u"Caller needs help getting her belongings from an ex-roommate's apartment.",
                 u"Landlord tenant dispute over a deposit, caller wants advice.",
                 u"{who} asks for a ride to the shelter, no money for the bus.",
                 u"Elderly caller cannot get up from the couch, not hurt, needs a lift assist.{-i}"});
    addScenario(u"found_property", 10, G::Assistance, 4, u"", u"",
                {{u"FOUND PROPERTY", u"", 3}, {u"LOST PROPERTY", u"", 1}, {u"Found Property", u"FP", 1}},
                {u"Caller found {item} {loc} and wants to turn it in.",
                 u"{who} found a bicycle leaning on the fence for {days} days."});
    addScenario(u"lockout", 8, G::Assistance, 4, u"i", u"",
                {{u"LOCKOUT", u"", 3}, {u"VEHICLE LOCKOUT", u"", 2}, {u"Lock Out", u"LO", 1}},
                {u"Caller locked her keys in the {veh} at {biz}.",
                 u"Child locked in a car {loc}, engine off, mother on scene."});
    addScenario(u"missing_person", 8, G::Assistance, 2, u"wd", u"",
                {{u"MISSING PERSON", u"", 3}, {u"RUNAWAY", u"", 2}, {u"Missing Juvenile", u"MJ", 1}},
                {u"Caller's 15 year old daughter did not come home from school.",
                 u"Elderly male with dementia walked away from home {min} min ago, wearing {clo}."});
    addScenario(u"animal_complaint", 12, G::Assistance, 4, u"", u"",
                {{u"ANIMAL COMPLAINT", u"", 3}, {u"DOG AT LARGE", u"", 2}, {u"Animal Control", u"AC", 1}},
                {u"Loose dog chasing kids {loc}.", u"Dog left in a hot {veh} at {biz}."});
    addScenario(u"juvenile_complaint", 8, G::Assistance, 4, u"wv", u"",
                {{u"JUVENILE COMPLAINT", u"", 2}, {u"JUVENILE PROBLEM", u"", 1}},
                {u"Group of {n} juveniles skateboarding in the lot of {biz}, knocking over signs.",
                 u"Kids ringing doorbells and running, ongoing."});

    addScenario(u"medical", 55, G::MedicalFire, 2, u"w", u"",
                {{u"MEDICAL", u"", 3},
                 {u"MEDICAL CALL", u"MED", 2},
                 {u"SICK PERSON", u"", 2},
                 {u"BREATHING PROBLEMS", u"", 2},
                 {u"FALL", u"", 1},
                 {u"CHEST PAIN", u"", 2}},
                {u"{m} having chest pain and trouble breathing.{!i}",
                 u"Elderly female fell in the bathroom, cannot get up, hip pain.{!i}",
                 u"Diabetic caller feels dizzy, sugar is low.", u"{f} passed out at {biz}, now awake.{!i}"});
    addScenario(u"overdose", 8, G::MedicalFire, 1, u"w", u"",
                {{u"OVERDOSE", u"", 3}, {u"OD", u"", 1}, {u"Overdose/Poisoning", u"OD", 1}},
                {u"{m} unresponsive {loc}, possible overdose, friend gave narcan.{!i}",
                 u"Caller's son took too many pills, drowsy but talking.{!i}"});
    addScenario(u"fire", 17, G::MedicalFire, 1, u"", u"",
                {{u"FIRE", u"", 2},
                 {u"STRUCTURE FIRE", u"", 2},
                 {u"VEHICLE FIRE", u"", 1},
                 {u"SMOKE INVESTIGATION", u"", 2},
                 {u"Brush Fire", u"BF", 1}},
                {u"Smoke coming from the roof of the house, everyone out.", u"{veh} on fire {loc}.",
                 u"Smell of smoke in the apartment hallway, unknown source.",
                 u"Dumpster fire behind {biz}."});
}

} // namespace rr
