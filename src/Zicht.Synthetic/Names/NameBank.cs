namespace Zicht.Synthetic.Names;

/// <summary>
/// Invented-but-plausible name material per nationality, for synthetic persons. Combined at random with dates of
/// birth, they describe nobody real.
/// </summary>
internal static class NameBank
{
    /// <param name="Built">What the given names outside the listed ones are built from.</param>
    public sealed record Names(string[] Female, string[] Male, string[] Family, GivenNameParts Built);

    private static readonly Names Dutch = new(
        ["Anna", "Emma", "Sophie", "Julia", "Lisa", "Sanne", "Fleur", "Lotte", "Eva", "Iris", "Noa", "Femke", "Anouk", "Maud", "Esther", "Marloes", "Ilse", "Kim", "Naomi", "Daphne", "Yara", "Romy", "Britt", "Ingrid", "Joyce", "Chantal", "Priscilla", "Shirley", "Tessa", "Demi", "Lieke", "Merel", "Nina", "Amber", "Isa", "Jasmijn", "Manon", "Rianne", "Wendy", "Sabine", "Mirjam", "Hanneke", "Linda", "Sandra", "Bianca", "Jolanda"],
        ["Daan", "Sem", "Lucas", "Milan", "Levi", "Bram", "Thijs", "Jesse", "Ruben", "Tim", "Niels", "Sander", "Jeroen", "Bas", "Koen", "Stijn", "Wouter", "Joost", "Mark", "Dennis", "Kevin", "Rick", "Gijs", "Pim", "Teun", "Stefan", "Jasper", "Martijn", "Roy", "Patrick", "Erik", "Vincent", "Jordy", "Mitchell", "Dylan", "Thomas", "Max", "Luuk", "Jelle", "Hugo", "Rob", "Arjan", "Michiel", "Youri"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Lange", "Kuipers", "van Wijk", "Post", "Kuiper", "Veenstra", "Kramer", "van 't Hof", "ter Horst"], GivenNameParts.Dutch);

    private static readonly Names Nigerian = new(
        ["Blessing", "Joy", "Favour", "Precious", "Gift", "Mercy", "Esther", "Grace", "Patience", "Peace", "Success", "Osas", "Efe", "Ivie", "Osaretin", "Omoye", "Adesuwa", "Eghosa", "Chioma", "Ngozi", "Adaeze", "Funmilayo", "Oluwaseun", "Yetunde", "Aisha", "Hauwa", "Rukayat", "Ifeoma", "Blessed", "Princess", "Happiness", "Comfort", "Faith", "Hope", "Loveth", "Osarugue", "Itohan", "Ewere", "Uyi", "Nosa", "Edith", "Glory", "Vivian", "Juliet", "Stella", "Gloria", "Osasere", "Omosede"],
        ["Osagie", "Osaro", "Ehis", "Eghe", "Emeka", "Chinedu", "Obinna", "Ikechukwu", "Tunde", "Segun", "Oluwaseun", "Femi", "Kehinde", "Taiwo", "Uche", "Ibrahim", "Musa", "Sunday", "Friday", "Godwin", "Kingsley", "Prince", "Victor", "Lucky", "Destiny", "Osas", "Osarobo", "Efosa", "Nosakhare", "Eseosa", "Ikponmwosa", "Samuel", "Daniel", "Emmanuel", "Chukwuma", "Babatunde", "Olumide", "Innocent", "Monday", "Felix", "Wisdom"],
        ["Osagie", "Omoregie", "Igbinedion", "Osayande", "Ehigiator", "Aigbe", "Okoro", "Okafor", "Eze", "Nwosu", "Obi", "Adeyemi", "Okonkwo", "Adebayo", "Ogunleye", "Olawale", "Bello", "Abubakar", "Ibrahim", "Edosa", "Uwaifo", "Idahosa", "Ogbebor", "Aghedo", "Enabulele", "Izevbekhai", "Obasuyi", "Ekhator", "Iyamu", "Oviasu", "Nosakhare", "Osazuwa", "Omorogbe", "Egharevba", "Asemota", "Ugiagbe"], GivenNameParts.Nigerian);

    private static readonly Names EastAfrican = new(
        ["Nakato", "Babirye", "Namukasa", "Nansubuga", "Achieng", "Akello", "Atim", "Nabirye", "Kisakye", "Mirembe", "Nalwoga", "Namata", "Auma", "Aber", "Esther", "Sarah", "Brenda", "Prossy", "Winnie", "Florence", "Sharon", "Hadija", "Zawadi", "Rahma", "Aster", "Selam", "Feven", "Helen", "Luwam"],
        ["Mukasa", "Ssemakula", "Okello", "Odongo", "Ochieng", "Wasswa", "Kato", "Kizza", "Mugisha", "Tumusiime", "Byaruhanga", "Isaac", "Brian", "Ronald", "Moses", "Tesfay", "Yonas", "Dawit", "Henok", "Amanuel", "Filmon", "Robel", "Ibrahim", "Hassan", "Abdi"],
        ["Nakato", "Ssekandi", "Kiggundu", "Mugerwa", "Lubega", "Ssebunya", "Okello", "Opio", "Ocen", "Ouma", "Kyomuhendo", "Tumusiime", "Byaruhanga", "Nsubuga", "Kabuye", "Kasozi", "Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhane", "Kidane", "Ghebreyesus", "Weldemichael", "Abraha", "Mohamed", "Warsame", "Abdullahi"], GivenNameParts.African);

    private static readonly Names WestAfrican = new(
        ["Fatou", "Awa", "Mariama", "Isatou", "Binta", "Aminata", "Haddy", "Kaddy", "Ndey", "Oumie", "Adama", "Fatoumata", "Aisatou", "Jainaba", "Sainabou", "Ramatoulie", "Abena", "Akosua", "Ama", "Efua"],
        ["Lamin", "Ebrima", "Modou", "Alieu", "Ousman", "Musa", "Bakary", "Momodou", "Sheriff", "Omar", "Abdoulie", "Kwame", "Kofi", "Kwabena", "Yaw", "Mamadou", "Ibrahima", "Sekou", "Mohamed", "Alpha"],
        ["Jallow", "Bah", "Ceesay", "Touray", "Jammeh", "Sanneh", "Darboe", "Camara", "Njie", "Sowe", "Manneh", "Sarr", "Diallo", "Barry", "Sow", "Kamara", "Conteh", "Sesay", "Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Addo", "Keita", "Traoré", "Coulibaly"], GivenNameParts.African);

    private static readonly Names Polish = new(
        ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Aleksandra", "Monika", "Justyna", "Beata", "Dorota", "Żaneta", "Izabela", "Paulina", "Natalia", "Karolina", "Łucja", "Grażyna"],
        ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Grzegorz", "Łukasz", "Mariusz", "Wojciech", "Dariusz", "Sławomir", "Zbigniew", "Jarosław", "Rafał", "Przemysław", "Kamil", "Sebastian", "Bartłomiej"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Zając", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Majewski", "Olszewski", "Stępień", "Jaworski", "Malinowski", "Górski", "Sikora"], GivenNameParts.Slavic);

    private static readonly Names Romanian = new(
        ["Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Mihaela", "Cristina", "Ana", "Gabriela", "Nicoleta", "Florentina", "Roxana", "Bianca", "Denisa", "Alina", "Ionela", "Larisa", "Ramona", "Georgiana", "Petronela"],
        ["Ion", "Gheorghe", "Constantin", "Vasile", "Nicolae", "Mihai", "Andrei", "Alexandru", "Florin", "Marius", "Adrian", "Cristian", "Ionuț", "Bogdan", "Daniel", "Ștefan", "Costel", "Viorel", "Dumitru", "Cătălin"],
        ["Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stoica", "Stan", "Gheorghe", "Matei", "Ciobanu", "Rusu", "Munteanu", "Constantin", "Mihai", "Lazăr", "Marin", "Tudor", "Florea", "Dinu", "Șerban", "Țurcanu", "Barbu", "Niculescu", "Moldovan", "Oprea", "Lungu", "Dobre"], GivenNameParts.Romance);

    private static readonly Names Bulgarian = new(
        ["Maria", "Ivanka", "Elena", "Yordanka", "Pavlina", "Desislava", "Gergana", "Tsvetelina", "Radka", "Snezhana", "Viktoria", "Nikol", "Silviya", "Galina", "Stefka"],
        ["Ivan", "Georgi", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Angel", "Krasimir", "Plamen", "Yordan", "Vasil", "Stefan", "Emil"],
        ["Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov", "Iliev", "Vasilev", "Atanasov", "Petkov", "Angelov", "Kolev", "Yordanov", "Marinov", "Popov", "Kostov", "Ivanova", "Petrova", "Dimitrova", "Georgieva", "Kirilova", "Nikolova"], GivenNameParts.Slavic);

    private static readonly Names Hungarian = new(
        ["Mária", "Erzsébet", "Katalin", "Éva", "Ilona", "Anna", "Zsuzsanna", "Krisztina", "Andrea", "Mónika", "Szilvia", "Tímea", "Renáta", "Nikolett", "Vivien"],
        ["László", "István", "József", "János", "Zoltán", "Sándor", "Ferenc", "Gábor", "Attila", "Péter", "Tamás", "Zsolt", "Csaba", "Balázs", "Norbert"],
        ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete", "Szilágyi", "Török"], GivenNameParts.Hungarian);

    private static readonly Names Arabic = new(
        ["Fatima", "Aisha", "Khadija", "Mariam", "Noor", "Layla", "Amira", "Samira", "Yasmin", "Hana", "Rania", "Zainab", "Nadia", "Salma", "Huda", "Souad", "Malika", "Naima", "Hafsa"],
        ["Mohammed", "Ahmed", "Ali", "Omar", "Youssef", "Hassan", "Hussein", "Khalid", "Mustafa", "Ibrahim", "Abdullah", "Karim", "Said", "Rachid", "Mehdi", "Bilal", "Tarik", "Samir", "Nabil", "Walid"],
        ["Al-Hassan", "El Amrani", "Benali", "Bouazza", "El Idrissi", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Yousef", "Aziz", "Hamdan", "Darwish", "Abbas", "El Khatib", "Othman", "Jaber", "Rahman", "Mahmoud", "Ouali", "Ait Said", "Chaoui", "Ziani", "El Fassi"], GivenNameParts.Arabic);

    private static readonly Names EastAsian = new(
        ["Thi Lan", "Thi Hoa", "Thi Mai", "Thi Huong", "Thi Thu", "Ngoc Anh", "Mei", "Li Na", "Xiu Ying", "Jing", "Fang", "Yan", "Hui", "Mai Anh", "Thanh Thuy"],
        ["Van Minh", "Van Hung", "Van Nam", "Duc Anh", "Quang Huy", "Wei", "Jun", "Hao", "Lei", "Qiang", "Jian", "Ming", "Tuan", "Long", "Hai"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"], GivenNameParts.EastAsian);

    private static readonly Names EastEuropean = new(
        ["Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia", "Svitlana", "Kateryna", "Anastasia", "Viktoria", "Daria", "Alina", "Jurgita", "Rasa", "Inga", "Ilze", "Kristīne", "Lucia", "Zuzana", "Petra"],
        ["Oleksandr", "Serhiy", "Andriy", "Volodymyr", "Dmytro", "Mykola", "Vasyl", "Ihor", "Yuriy", "Roman", "Tomas", "Darius", "Mindaugas", "Jānis", "Andris", "Mārtiņš", "Peter", "Martin", "Jozef", "Milan"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk", "Melnyk", "Boyko", "Moroz", "Lysenko", "Kazlauskas", "Jankauskas", "Petrauskas", "Bērziņš", "Kalniņš", "Ozoliņš", "Horváthová", "Novák", "Svoboda", "Dvořák", "Kováč", "Varga", "Tóthová"], GivenNameParts.Slavic);

    private static readonly Names LatinAmerican = new(
        ["María", "Ana", "Carmen", "Rosa", "Luz", "Paola", "Daniela", "Valentina", "Gabriela", "Camila", "Andrea", "Jessica", "Yolanda", "Milagros", "Sharda", "Anjali", "Priya", "Kavita", "Shanti"],
        ["José", "Luis", "Carlos", "Juan", "Jorge", "Miguel", "Andrés", "Diego", "Alejandro", "Ricardo", "Rohan", "Raj", "Arjun", "Sunil", "Deepak"],
        ["García", "Rodríguez", "Martínez", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Ramdin", "Sewnath", "Jagesar", "Ramlal", "Baldew", "Mahabier", "Sital"], GivenNameParts.Romance);

    public static Names For(string nationality) => nationality switch
    {
        "NL" or "BE" or "SR" or "AW" or "CW" => nationality == "SR" ? LatinAmerican : Dutch,
        "NG" => Nigerian,
        "UG" or "KE" or "ER" or "ET" or "SO" or "SD" or "TZ" => EastAfrican,
        "GM" or "GN" or "SL" or "GH" or "SN" or "ML" or "CI" or "LR" or "CM" => WestAfrican,
        "PL" => Polish,
        "RO" or "MD" => Romanian,
        "BG" => Bulgarian,
        "HU" => Hungarian,
        "MA" or "SY" or "IQ" or "DZ" or "TN" or "EG" or "LY" or "AF" or "TR" => Arabic,
        "VN" or "CN" or "TH" or "PH" => EastAsian,
        "UA" or "LT" or "LV" or "SK" or "CZ" or "RU" or "BY" or "AL" or "RS" => EastEuropean,
        _ => LatinAmerican,
    };
}
