#include "deidentifierwords.h"

#include <QStringList>

namespace rr::deidwords {

namespace {

QSet<QString> setOf(std::initializer_list<const char *> chunks)
{
    QSet<QString> words;
    for (const char *chunk : chunks)
        for (const QString &w : QString::fromLatin1(chunk).split(u' ', Qt::SkipEmptyParts))
            words.insert(w);
    return words;
}

// Regular verbs with their -s, -ed and -ing forms ("wish": wishes, wished, wishing).
QSet<QString> verbForms(const char *bases)
{
    QSet<QString> words;
    const auto vowel = [](QChar c) { return QStringView(u"aeiou").contains(c); };
    for (const QString &v : QString::fromLatin1(bases).split(u' ', Qt::SkipEmptyParts)) {
        words.insert(v);
        const bool e = v.endsWith(u'e');
        const bool sibilant = v.endsWith(u"s") || v.endsWith(u"sh") || v.endsWith(u"ch") ||
                              v.endsWith(u"x") || v.endsWith(u"z");
        const bool consonantY = v.endsWith(u'y') && v.size() > 1 && !vowel(v.at(v.size() - 2));
        const QString stem = consonantY ? v.chopped(1) + u'i' : v;
        words.insert(sibilant     ? v + QStringLiteral("es")
                     : consonantY ? stem + QStringLiteral("es")
                                  : v + u's');
        words.insert(e ? v + u'd' : stem + QStringLiteral("ed"));
        words.insert((e && !v.endsWith(u"ee") ? v.chopped(1) : v) + QStringLiteral("ing"));
        // Short verbs ending consonant-vowel-consonant double it: "dropped", "dragging".
        if (v.size() >= 3 && !vowel(v.back()) && vowel(v.at(v.size() - 2)) && !vowel(v.at(v.size() - 3)) &&
            !QStringView(u"wxy").contains(v.back())) {
            words.insert(v + v.back() + QStringLiteral("ed"));
            words.insert(v + v.back() + QStringLiteral("ing"));
        }
    }
    return words;
}

} // namespace

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = setOf({
        // Function words, pronouns, auxiliaries.
        "a an the and or nor but if then than so as at by for from in into of off on onto out over per to ",
        "up upon via with within without about above across after against along among around before ",
        "behind below beneath beside besides between beyond down during except inside near nearby outside ",
        "since through throughout toward towards under underneath until unto while whilst ",
        "i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her "
        "hers ",
        "herself it its itself they them their theirs themselves who whom whose which what whatever whoever ",
        "this that these those there here where when why how all any both each either neither every few ",
        "many more most much other others some such no not nor only own same too very just also again ",
        "ever never always often sometimes still yet already once twice now later soon today tonight ",
        "yesterday tomorrow am is are was were be been being have has had having do does did doing done ",
        "will would shall should can could may might must ought wont cant dont didnt doesnt isnt arent "
        "wasnt ",
        "werent hasnt havent hadnt couldnt wouldnt shouldnt aint im ive id ill hes shes its theyre theyve ",
        "youre weve thats theres whats whos lets ok okay yes yeah nope please pls thanks thank hi hello bye ",
        "goodbye sorry because though although unless whether while meanwhile however therefore otherwise ",
        "instead rather quite really maybe perhaps probably possibly apparently approximately approx about ",
        "around almost nearly barely hardly enough else anyone anybody anything anywhere someone somebody ",
        "something somewhere everyone everybody everything everywhere nobody nothing nowhere none one ones ",
        // Numbers, days, months, times of day.
        "zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred ",
        "thousand first second third fourth fifth sixth last next previous half couple several ",
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat ",
        "january february march april may june july august september october november december jan feb mar ",
        "apr jun jul aug sep sept oct nov dec morning afternoon evening night midnight noon overnight ",
        "weekend weekday hour hours hr hrs minute minutes min mins second seconds sec secs day days week ",
        "weeks wk wks month months year years yr yrs yo yoa yom yof ago am pm",
        // Verbs a CAD narrative uses after a cue word ("son is", "RP states", "subj left").
        "says said say saying states stated stating state sts advises advised advising adv advs adv'd "
        "reports ",
        "reported reporting report rptd rpts rpt requests requested requesting req reqs request calls "
        "called ",
        "calling call callback cb wants wanted want needs needed need asks asked asking ask tells told tell ",
        "telling thinks thought think believes believed believe knows knew know known heard hear hears ",
        "hearing saw see sees seen seeing looks looked looking look left leave leaves leaving went go goes ",
        "going gone gonna came come comes coming got get gets getting took take takes taking taken gave "
        "give ",
        "gives giving given made make makes making found find finds put puts putting ran run runs running ",
        "walked walking walks walk drove drive drives driving driven sat sit sits sitting stood stand "
        "stands ",
        "standing lying laying lay lies sleeping slept sleep fell fall falls falling tried try tries trying ",
        "started start starts starting stopped stop stops stopping kept keep keeps keeping let lets letting ",
        "refuses refused refusing refuse won't hasn't isn't wasn't doesn't didn't can't couldn't wouldn't ",
        "threatened threatening threatens threats threat yelling yelled yells screaming screamed screams ",
        "crying cried cries acting acts acted appears appeared appear seems seemed seem sounds sounded ",
        "became become becomes lives lived live living stays stayed stay staying works worked work ",
        "working showed show shows showing arrived arrive arrives arriving returned return returns ",
        "returning fled flee fleeing last seen wearing wears wore dressed holding held hold holds ",
        "carrying carried carry carries pointing pointed points waving waved hit hitting hits punched ",
        "punching kicked kicking pushed pushing grabbed grabbing fighting fought fight fights arguing "
        "argued ",
        "argue argument talking talked talk talks speaking spoke speaks spoken texting texted text texts ",
        "answering answered answer answers hung hanging hangs waiting waited wait waits trespassing ",
        "banging knocking refuse denies denied deny confirms confirmed confirm advises states ",
        "drinking drank drunk using used use uses smoking smoked overdosed overdosing od'd passed breathing ",
        "bleeding injured hurt hurting involved involving located locate locating responding responded ",
        "respond enroute en route onscene scene enr per via",
        // Dispatch shorthand.
        "rp rps rp's caller caller's comp compl complainant subj subjs subject subjects susp susps suspect ",
        "suspects vict vic victim victims wit witness witnesses unk unknown nfi goa utl ltr lsw lso lsb lsi ",
        "veh vehs vehicle vehicles pd fd ems ems's crt cit co cor leo ofc ofcr officer officers unit units ",
        "medic medics amb ambo ambulance eta etoh edp mh mhp mcu cit hx dx info pt pts pt's ref re reg regd ",
        "reqg resp res resd loc apt apts ste bldg blk blks xst xstreet btwn btw nb sb eb wb n s e w ne nw "
        "se ",
        "sw dob yob aka fka ssn dl oln id lp vin tag tags plate plates lic veh wm wf bm bf hm hf am af im "
        "if ",
        "om of uk ufo poss possible poss'ly neg pos hs ms jr sr ii iii iv prob mult multi approx appx ",
        "tc mva mvc pi pd hnr hit run dui dwi cpr aed ams loc sob nb ok'd pkg pkgs circ circs act activ ",
        "actv occ perp perps dev bls als tdo eco ivc fyi attn",
        // Cue words and the people a narrative names by role.
        "mr mrs ms miss mx dr doc sgt lt capt cpt cpl det deputy dep trooper tpr sheriff chief prof rev fr ",
        "named name names name's nickname nicknamed called calls goes known identified ident ided id'd ",
        "son sons daughter daughters husband husbands wife wives boyfriend boyfriends bf girlfriend ",
        "girlfriends gf ex exs exbf exgf exhusband exwife fiance fiancee partner partners spouse mother ",
        "mothers mom moms mommy mama ma father fathers dad dads daddy papa pa brother brothers bro sister ",
        "sisters sis sibling siblings uncle uncles aunt aunts auntie cousin cousins nephew nephews niece ",
        "nieces grandmother grandma granny grandfather grandpa grandson granddaughter grandchild ",
        "grandchildren grandparent grandparents stepson stepdaughter stepfather stepdad stepmother stepmom ",
        "stepbrother stepsister parent parents child children kid kids baby babies toddler infant teen ",
        "teens teenager juvenile juv juvs minor minors adult adults neighbor neighbors neighbour neighbours ",
        "nieghbor friend friends roommate roommates roomate coworker coworkers boss manager mgr owner ",
        "owners tenant tenants landlord landlady resident residents patient patients client clients ",
        "customer customers employee employees staff student students teacher teachers nurse nurses ",
        "caretaker caregiver guardian driver drivers passenger passengers pedestrian male males female ",
        "females man men woman women guy guys lady ladies boy boys girl girls person persons people ",
        "individual individuals party parties family families relative relatives household occupant ",
        "occupants homeowner visitor visitors guest guests security guard guards clerk cashier ",
        "bartender bouncer pastor priest doctor therapist counselor counsellor worker workers",
        // Irregular verb forms.
        "paid felt meant sent spent lost bought brought caught taught fought sought thought stole stolen ",
        "broke broken woke woken wrote written rode ridden drove driven bit bitten hid hidden threw thrown ",
        "blew blown grew grown flew flown drew drawn swore sworn tore torn wore worn shook shaken ",
        "began begun sang sung rang rung swam swum sank sunk drank drunk hung led fed bled fled met ",
        "slid slit shot cut hit hurt quit split spread struck stuck stung swung understood dying lying ",
        "tying",
    });
    static const QSet<QString> all =
        words +
        verbForms(
            "accept act add admit advise agree allow answer appear apply argue arrive ask assault assist "
            "attack "
            "attempt avoid back bang bark beat beg believe belong block blow board bother break breathe "
            "bring "
            "call calm care carry cause change charge chase check choke claim clean clear climb close "
            "collapse "
            "come complain concern confirm confront contact continue cough crash crawl cry curse cuss damage "
            "dance decide decline deny destroy die dig disappear display disturb drag drink drive drop dump "
            "eat end enter escape expose face fail fall fear feel fight fill find finish fire flash float "
            "follow force gather glare grab guess hang happen harass hate head hear help hide hit hold hope "
            "howl hurry hurt ignore injure insist intend involve jump keep kick kill knock know laugh lay "
            "lean learn leave lie light limp listen live load loiter look lose love make manage mean meet "
            "mention miss mumble move need notice observe obtain occur offer open order owe pace pack paint "
            "panic park pass pay peek perform pick pitch place plan play plead point post pound pour pray "
            "prefer prepare pretend prevent promise pull punch push question race rain raise rant reach read "
            "realize receive recover refuse relate remain remember remove rent repeat reply report request "
            "require rescue resist respond rest return ride ring roam roll rummage run rush save scare "
            "scream "
            "search see seem sell send serve set settle shake shout show shut sing sit sleep slip slur smash "
            "smell smoke sound speak spit stab stagger stand stare start state stay steal stop stumble "
            "suffer "
            "suggest supply suppose surrender suspect swear sweat swing take talk tear tell text thank think "
            "threaten throw touch trash travel treat trespass try turn understand urinate use vandalize "
            "visit "
            "vomit wait wake walk wander want warn wash watch wave wear weave whisper wish work worry yell");
    return all;
}

const QSet<QString> &commonWords()
{
    static const QSet<QString> words = setOf({
        // Colours, build, descriptions.
        "red blue yellow orange purple pink tan silver gold dark light ",
        "blond blonde tall short small large big little heavy thin skinny stocky medium old young older ",
        "younger elderly new hispanic latino latina asian native indian arab middle eastern bald beard ",
        "mustache goatee glasses hoodie hat cap jacket coat shirt pants jeans shorts shoes boots dress ",
        "skirt backpack bag purse tattoo tattoos scar",
        // Everyday nouns and adjectives of calls for service.
        "house home apartment room bedroom bathroom kitchen garage yard backyard porch door doors window ",
        "windows roof basement attic hallway hall stairs stairwell lobby building complex office store ",
        "shop business bank school church park lot parking deck street road corner alley sidewalk ",
        "driveway bridge highway bus train station stop car cars truck trucks van suv sedan motorcycle ",
        "bike bicycle trailer camper boat phone cell money wallet keys key food water beer liquor ",
        "alcohol drugs drug pills meds medication medications needle needles syringe bottle bottles bat ",
        "stick rock rocks brick pipe rope cord belt chair table couch bed tv computer laptop camera ",
        "dog dogs cat cats animal animals bird birds horse cow goat deer snake rat rats raccoon ",
        "noise music party crowd fire smoke smell gas water power light lights alarm alarms sign signs ",
        "fence gate wall walls tree trees bush bushes grass field woods creek river lake pond pool ",
        "beach trail path track tracks rail tent tents camp shelter trash dumpster cart carts box boxes ",
        "help emergency problem problems issue issues trouble danger safety health welfare check ",
        "crisis mental medical police fire sheriff court judge jail prison probation parole warrant ",
        "order protective custody visitation divorce eviction rent lease job work school class game ",
        "church service meeting appointment hospital clinic pharmacy doctor nurse counselor therapist ",
        "case file report records record history number numbers address location area zone beat ",
        "district side front back rear top bottom end middle center inside outside upstairs downstairs ",
        "north south east west northbound southbound eastbound westbound left right straight ",
        "good bad fine well sick ill hurt safe unsafe calm upset angry mad sad scared afraid worried ",
        "concerned confused disoriented agitated aggressive combative hostile violent verbal physical ",
        "loud quiet drunk intoxicated impaired high sober asleep awake alert conscious unconscious ",
        "unresponsive responsive breathing normal strange weird odd suspicious erratic paranoid ",
        "depressed suicidal homicidal manic psychotic delusional hallucinating homeless transient ",
        "unhoused naked nude barefoot wet cold hot hungry tired lost missing stolen broken damaged ",
        "open closed locked unlocked empty full vacant occupied abandoned parked running idling stalled ",
        "disabled blocking blocked stuck loose aggressive friendly cooperative uncooperative rude polite ",
        "nervous frantic hysterical screaming sobbing shaking sweating bleeding vomiting ",
        "true false real fake same different other another whole entire several various certain ",
        "cocaine crack meth methamphetamine heroin fentanyl marijuana weed opioid opioids opiate xanax ",
        "percocet oxy oxycodone narcan naloxone suboxone methadone pcp lsd ecstasy molly spice k2 ",
        "bail bond bondsman profession professional violation vio viol boarded dwelling dwell agency ",
        "assist assistance service services detail details information request transport order ",
        "orders custody detention temporary emergency ongoing anon anonymous callback",
        "possible likely unlikely sure unsure clear unclear known unknown new recent current former ",
        "regular usual unusual daily weekly nightly early late quick fast slow slowly quickly ",
    });
    return words;
}

const QSet<QString> &surnameWords()
{
    static const QSet<QString> words = setOf(
        {"smith baker cook carter turner walker hunter fisher mason taylor miller moore bell hall price ",
         "ward payne pierce pope nash ross cole fuller porter potter butler chandler fletcher gardner ",
         "harper sawyer shepherd skinner spencer tanner thatcher tucker weaver wheeler archer barber ",
         "booker brewer carpenter draper farmer forester gilbert marshall hart dean ford parker morgan ",
         "cooper reed bailey murphy kelly howard perry wright lee kim cox doe roe poe li wu ng yu ho"});
    return words;
}

const QSet<QString> &descriptiveSurnames()
{
    static const QSet<QString> words = setOf(
        {"white black brown green gray grey young long little king rose rich best strong wise sharp short ",
         "hill wood woods stone field fields house park church case head love hope major page lane west ",
         "cross frost glass snow moon bush banks bird fox lamb rivers waters wells weeks hunt knight noble ",
         "prince street summers winter winters hardy holly jordan may lord marsh mills powers rice swan "
         "wall ",
         "steel battle boss bishop sharpe daniels walls"});
    return words;
}

const QSet<QString> &givenNames()
{
    static const QSet<QString> words = setOf({
        // Common given names in US call records (census and SSA lists), not also everyday words.
        "james john robert michael david richard joseph thomas charles christopher daniel matthew anthony ",
        "donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ",
        "ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory ",
        "alexander patrick dennis jerry tyler aaron jose adam nathan henry zachary douglas peter kyle ",
        "noah ethan jeremy walter keith roger terry austin sean gerald carl harold dylan arthur ",
        "lawrence jesse bryan joe billy bruce gabriel logan alan juan albert willie elijah wayne ",
        "randy vincent roy ralph bobby russell bradley philip eugene louis harry howard johnny ",
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra ",
        "margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy ",
        "rebecca sharon laura cynthia amy kathleen angela shirley brenda emma anna pamela nicole samantha ",
        "katherine christine debra rachel carolyn janet maria catherine heather diane olivia julie joyce ",
        "victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan cheryl "
        "jacqueline ",
        "martha madison teresa gloria sara janice abigail kathryn sophia frances jean alice judy isabella ",
        "julia grace denise doris marilyn danielle beverly charlotte natalie theresa diana brittany ",
        "kayla alexis lori tiffany tammy wanda yolanda latoya latasha lakisha keisha tanisha shanice ",
        "shaniqua ebony aaliyah imani jasmine deshawn dashawn jamal jamar tyrone darnell terrell ",
        "demetrius marquis lamar cedric reginald rodney darius andre antoine jermaine marcus malik tyree ",
        "kareem rasheed tavon devonte dequan keshawn trevon jaylen jayden deandre lashonda shameka tameka ",
        "monique latrice kiara tierra raven aisha fatima ahmed mohammed muhammad omar ali hassan ibrahim ",
        "yusuf abdul carlos luis jorge miguel pedro manuel francisco ricardo javier alejandro fernando ",
        "rafael roberto eduardo sergio mario hector raul jesus armando oscar enrique ramon julio ",
        "alberto rosa carmen guadalupe lupe juana ana lucia sofia valentina ximena gabriela mariana ",
        "daniela adriana alejandra veronica yesenia maribel marisol esperanza leticia araceli beatriz ",
        "nguyen minh thanh huong wei li mei ling hui jun yan hiroshi yuki kenji priya raj rahul anil ",
        "sanjay deepak sunita lakshmi vijay kwame kofi ama chidi oluwaseun olu emeka ngozi tariq ",
        "brittney chelsea courtney erica erika heidi jenna kristen kristin krista lindsey ",
        "lindsay marissa melanie meredith monica paige renee shannon stacy stacey tonya tracy vanessa ",
        "wendy whitney shawn travis derek derrick chad brent clint cody colby corey curtis dustin ",
        "garrett jared jarrod jeffery kristopher landon marvin maurice melvin nelson preston quentin ",
        "rodrigo shane stanley tristan trent troy wesley zachariah clarence leroy earl calvin alvin ",
        "herbert lloyd floyd leonard lonnie otis percy wilbur elmer mildred gladys ethel edna agnes ",
        "bernice eleanor irene lillian louise marjorie norma thelma vera wilma loretta geraldine ",
        "priscilla rochelle roxanne sherry sheila tina trina vivian yvonne ",
        "jane ann anne annie ella ellen helen carla paula rita gina lena nina tara dana mia zoe chloe ava ",
        "leah nora sadie stella hazel jada jayla brianna gabrielle luke ian owen caleb isaac levi eli evan ",
        "cameron connor hayden brady colin dominic jeremiah josiah micah nathaniel seth trevor victor ",
        "xavier ivan hugo",
        // Short forms.
        "mike dave steve chris matt tom tommy jim jimmy bob rick ricky nick sam ben danny jeff greg ken ",
        "kenny tim ron ronnie eddie andy alex josh jake zach liz beth jen jenny kate katie kim debbie ",
        "becky cindy sandy patty terri vicky mandy jess jessie nikki angie tasha tish shay dre dj ",
        "tj bobbie charlie freddie jimmie stevie",
    });
    return words;
}

const QSet<QString> &ambiguousGivenNames()
{
    static const QSet<QString> words = setOf({
        "will mark may june april august bill rose grant pat sue rob art don ray jack frank hope faith joy ",
        "amber dawn crystal ruby summer autumn drew guy chase hunter lane miles dean dale glen max sky ",
        "penny pearl ivy iris lily destiny precious sterling king prince duke earl angel christian ",
        "chance cash rich sonny buddy bud rocky jewel holly heather daisy violet olive ginger candy ",
        "brandy misty sunny star rusty dusty jordan taylor morgan hunter mason carter parker cole ",
        "mercedes porsche lexus london paris gene",
    });
    return words;
}

const QSet<QString> &titles()
{
    static const QSet<QString> words = setOf({"mr mrs ms miss mx dr prof professor rev reverend"});
    return words;
}

const QSet<QString> &namingCues()
{
    static const QSet<QString> words = setOf({"named aka fka nicknamed nickname alias"});
    return words;
}

const QSet<QString> &personCues()
{
    static const QSet<QString> words = setOf(
        {"caller rp complainant comp compl subj subject susp suspect vict vic victim wit witness ",
         "son daughter husband wife boyfriend bf girlfriend gf ex exbf exgf exhusband exwife fiance ",
         "fiancee partner spouse mother mom mommy mama father dad daddy papa brother bro sister sis ",
         "uncle aunt auntie cousin nephew niece grandmother grandma granny grandfather grandpa grandson ",
         "granddaughter stepson stepdaughter stepfather stepdad stepmother stepmom stepbrother stepsister ",
         "child kid juvenile juv neighbor neighbour nieghbor friend roommate roomate coworker boss manager ",
         "mgr owner tenant landlord landlady resident patient pt client customer employee student ",
         "teacher caretaker caregiver guardian driver passenger homeowner occupant ofc ofcr officer sgt ",
         "sergeant lt lieutenant capt captain cpl det detective deputy dep trooper tpr sheriff pastor ",
         "nurse coach judge doctor"});
    return words;
}

const QSet<QString> &streetSuffixes()
{
    static const QSet<QString> words = setOf(
        {"st street ave av avenue rd road dr drive ln lane blvd boulevard ct court cir circle pl way hwy ",
         "highway pkwy parkway pky ter terrace trl trail sq square loop pike expy expressway fwy freeway ",
         "plz plaza aly alley xing crossing row run tpke turnpike cres crescent bnd bend cv cove pt point"});
    return words;
}

const QSet<QString> &placeWords()
{
    static const QSet<QString> words = setOf(
        {"hospital hosp park mall center centre ctr school elementary academy church chapel station ",
         "library hotel motel inn suites market supermarket store shop bank university univ college ",
         "plaza apartments apts complex shelter clinic pharmacy county city town village court courthouse ",
         "jail airport stadium arena theater theatre cinema restaurant cafe grill diner gym ymca ywca ",
         "hall building tower towers commons village heights manor gardens estates terrace ",
         "walmart target kroger teeter lion walgreens cvs mcdonalds wendys starbucks quickmart sheetz ",
         "wawa costco lowes depot bojangles hardees publix aldi safeway dollar general exxon shell bp ",
         "sunoco circle citgo speedway marathon amtrak greyhound inc llc co corp company church's mcdonald ",
         "applebee hardee lowe kohl dillard macy chili arby popeye zaxby bojangle denny"});
    return words;
}

const QSet<QString> &vehicleMakes()
{
    static const QSet<QString> words = setOf(
        {"acura audi bmw buick cadillac chevy chevrolet chrysler dodge ford gmc honda hyundai infiniti jeep ",
         "kia lexus lincoln mazda mercedes mitsubishi nissan pontiac ram subaru tesla toyota volkswagen vw ",
         "volvo harley yamaha kawasaki suzuki freightliner peterbilt kenworth mack international"});
    return words;
}

const QSet<QString> &vehicleModels()
{
    static const QSet<QString> words = setOf(
        {"charger challenger durango caravan camry corolla rav4 prius tacoma tundra highlander sienna ",
         "altima sentra maxima rogue pathfinder frontier versa civic accord odyssey pilot crv cr-v fit ",
         "malibu impala silverado tahoe suburban equinox cruze traverse colorado explorer escape focus ",
         "fusion mustang expedition ranger f150 f-150 elantra sonata tucson santa fe optima sorento soul ",
         "forte sportage outback forester impreza legacy crosstrek wrangler cherokee compass liberty ",
         "jetta passat beetle tiguan yukon sierra acadia escalade navigator town country"});
    return words;
}

const QSet<QString> &nameSuffixes()
{
    static const QSet<QString> words = setOf({"jr sr ii iii iv"});
    return words;
}

const QSet<QString> &directions()
{
    static const QSet<QString> words =
        setOf({"n s e w ne nw se sw north south east west northeast northwest southeast southwest"});
    return words;
}

} // namespace rr::deidwords
