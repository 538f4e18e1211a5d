namespace Zicht.Synthetic.Names;

/// <summary>
/// Places of birth per nationality, the usual ones first: a person from Nigeria registered here is most often from
/// Benin City, one from Bulgaria from Sliven or Varna. Public place names; drawn at random, they describe nobody.
/// </summary>
internal static class PlaceBank
{
    private static readonly Dictionary<string, string[]> Places = new(StringComparer.Ordinal)
    {
        ["NL"] = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Arnhem", "Zwolle", "Leeuwarden", "Enschede", "Apeldoorn", "Maastricht", "Haarlem", "'s-Hertogenbosch", "Emmen", "Heerlen"],
        ["NG"] = ["Benin City", "Lagos", "Uromi", "Ekpoma", "Auchi", "Warri", "Sapele", "Ibadan", "Enugu", "Port Harcourt", "Abuja", "Kano", "Onitsha", "Asaba"],
        ["UG"] = ["Kampala", "Masaka", "Jinja", "Mbarara", "Gulu", "Mbale", "Entebbe", "Lira", "Hoima", "Soroti"],
        ["KE"] = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika"],
        ["ER"] = ["Asmara", "Keren", "Mendefera", "Massawa", "Dekemhare", "Barentu", "Adi Keyh"],
        ["ET"] = ["Addis Abeba", "Mekelle", "Gondar", "Bahir Dar", "Adama", "Dire Dawa"],
        ["SO"] = ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Bosaso"],
        ["GM"] = ["Serekunda", "Brikama", "Banjul", "Bakau", "Farafenni", "Lamin", "Basse Santa Su", "Soma"],
        ["GN"] = ["Conakry", "Kankan", "Labé", "Nzérékoré", "Kindia", "Mamou"],
        ["SL"] = ["Freetown", "Bo", "Kenema", "Makeni", "Koidu", "Port Loko"],
        ["GH"] = ["Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast", "Sunyani"],
        ["CM"] = ["Douala", "Yaoundé", "Bamenda", "Bafoussam", "Garoua", "Buea"],
        ["PL"] = ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin", "Białystok", "Rzeszów", "Olsztyn", "Opole"],
        ["RO"] = ["București", "Craiova", "Iași", "Constanța", "Timișoara", "Brăila", "Galați", "Bacău", "Pitești", "Târgu Jiu", "Slatina", "Caracal"],
        ["MD"] = ["Chișinău", "Bălți", "Cahul", "Ungheni", "Soroca"],
        ["BG"] = ["Sliven", "Varna", "Sofia", "Plovdiv", "Burgas", "Pazardzhik", "Stara Zagora", "Pleven", "Ruse", "Shumen", "Kardzhali"],
        ["HU"] = ["Budapest", "Miskolc", "Debrecen", "Nyíregyháza", "Szeged", "Pécs", "Győr", "Ózd", "Kazincbarcika", "Salgótarján"],
        ["SK"] = ["Košice", "Bratislava", "Prešov", "Michalovce", "Banská Bystrica", "Nitra"],
        ["CZ"] = ["Praha", "Brno", "Ostrava", "Plzeň", "Ústí nad Labem", "Most"],
        ["LT"] = ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus"],
        ["LV"] = ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Rēzekne"],
        ["UA"] = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Mykolaiv", "Chernivtsi", "Uzhhorod", "Ternopil"],
        ["RS"] = ["Beograd", "Novi Sad", "Niš", "Kragujevac", "Subotica"],
        ["AL"] = ["Tiranë", "Durrës", "Shkodër", "Elbasan", "Vlorë", "Fier", "Korçë"],
        ["MA"] = ["Casablanca", "Tanger", "Nador", "Al Hoceima", "Rabat", "Fès", "Marrakech", "Tétouan", "Oujda", "Agadir"],
        ["DZ"] = ["Alger", "Oran", "Constantine", "Annaba", "Sétif"],
        ["EG"] = ["Cairo", "Alexandria", "Giza", "Mansoura", "Asyut"],
        ["SY"] = ["Aleppo", "Damascus", "Homs", "Idlib", "Latakia", "Deir ez-Zor", "Hama"],
        ["IQ"] = ["Baghdad", "Mosul", "Basra", "Erbil", "Kirkuk", "Sulaymaniyah"],
        ["AF"] = ["Kabul", "Herat", "Mazar-i-Sharif", "Kandahar", "Jalalabad", "Ghazni"],
        ["TR"] = ["İstanbul", "Ankara", "İzmir", "Konya", "Kayseri", "Gaziantep", "Diyarbakır"],
        ["VN"] = ["Nghệ An", "Hà Tĩnh", "Hà Nội", "Hải Phòng", "Quảng Bình", "Thanh Hóa", "Hồ Chí Minh", "Nam Định"],
        ["CN"] = ["Fuqing", "Wenzhou", "Changle", "Guangzhou", "Shenyang", "Harbin", "Shanghai", "Beijing"],
        ["TH"] = ["Bangkok", "Udon Thani", "Khon Kaen", "Chiang Mai", "Nakhon Ratchasima", "Ubon Ratchathani"],
        ["PH"] = ["Manila", "Quezon City", "Cebu", "Davao", "Iloilo", "Bacolod"],
        ["IN"] = ["Mumbai", "Delhi", "Chennai", "Hyderabad", "Kolkata", "Amritsar", "Jalandhar"],
        ["SR"] = ["Paramaribo", "Lelydorp", "Nieuw Nickerie", "Moengo", "Albina"],
        ["BR"] = ["São Paulo", "Rio de Janeiro", "Goiânia", "Belo Horizonte", "Salvador", "Recife"],
        ["CO"] = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Pereira", "Cartagena"],
        ["DO"] = ["Santo Domingo", "Santiago de los Caballeros", "Puerto Plata", "La Romana", "San Pedro de Macorís"],
    };

    /// <summary>How others write the same place: in Dutch or English, or as it was called before.</summary>
    private static readonly string[][] Aliases =
    [
        ["Den Haag", "'s-Gravenhage"],
        ["'s-Hertogenbosch", "Den Bosch"],
        ["Benin City", "Benin"],
        ["București", "Boekarest", "Bucharest"],
        ["Warszawa", "Warschau", "Warsaw"],
        ["Kyiv", "Kiev", "Kijev"],
        ["Kharkiv", "Charkiv", "Kharkov"],
        ["Sofia", "Sofiya"],
        ["Praha", "Praag", "Prague"],
        ["Beograd", "Belgrado", "Belgrade"],
        ["Tanger", "Tangier"],
        ["Fès", "Fez"],
        ["Alger", "Algiers"],
        ["Aleppo", "Halab"],
        ["Damascus", "Dimashq"],
        ["Addis Abeba", "Addis Ababa"],
        ["Mogadishu", "Muqdisho"],
        ["İstanbul", "Istanbul"],
        ["Hồ Chí Minh", "Saigon"],
    ];

    private static readonly Spellings AliasesOf = new(Aliases, StringComparer.Ordinal);

    /// <summary>A place of birth for a person of <paramref name="nationality"/>; null where the bank has none for it.</summary>
    public static string? Draw(string nationality, Random r)
    {
        if (!Places.TryGetValue(nationality, out var places))
        {
            return null;
        }

        // Weights 1, 1/2, 1/3 …: a few places of origin account for most victims of one nationality.
        var total = 0.0;
        for (var i = 0; i < places.Length; i++)
        {
            total += 1.0 / (i + 1);
        }

        var u = r.NextDouble() * total;
        for (var i = 0; i < places.Length; i++)
        {
            u -= 1.0 / (i + 1);
            if (u <= 0)
            {
                return places[i];
            }
        }

        return places[^1];
    }

    public static bool HasAlias(string place) => AliasesOf.Contains(place);

    /// <summary>The place as someone else wrote it: another of its names.</summary>
    public static string Alias(string place, Random r) => AliasesOf.Pick(place, r);
}
