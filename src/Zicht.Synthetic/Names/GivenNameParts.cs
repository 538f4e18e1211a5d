namespace Zicht.Synthetic.Names;

/// <summary>
/// What the given names outside the listed ones are built from, per group of nationalities: a root and a female or
/// male ending ("Nosa" + "ye", "Mal" + "wina"). Where the root ends in the letter the ending starts with, the letter is
/// written once ("Ber" + "rt" is "Bert").
/// </summary>
internal sealed record GivenNameParts(string[] Roots, string[] Female, string[] Male)
{
    public static readonly GivenNameParts Dutch = new(
        ["Mar", "Lie", "Jan", "Wil", "Hen", "Ger", "Jo", "Rie", "Tin", "Flo", "Kar", "Lo", "Ro", "Sas", "Nie", "El", "Fem", "Ber", "Dir", "Har", "Ant", "Mie", "Gee", "Wout", "Tjal"],
        ["ke", "ne", "tje", "ja", "lien", "rie", "ra", "na", "dy", "sa", "mijn", "ieke", "lie", "tine"],
        ["no", "t", "k", "rt", "rd", "rik", "bert", "mer", "ko", "nus", "jo", "s", "ien", "ard"]);

    public static readonly GivenNameParts Nigerian = new(
        ["Osa", "Ehi", "Ose", "Ivi", "Ade", "Olu", "Chi", "Ngo", "Ife", "Efo", "Nosa", "Ita", "Uyi", "Ama", "Obi", "Kehi", "Ola", "Femi", "Omo", "Eki", "Ese", "Iro", "Oghe", "Uwa", "Edo"],
        ["ye", "han", "ruwa", "gie", "mwen", "ma", "ka", "nma", "se", "tin", "yemi", "bola", "ghe", "roma"],
        ["gie", "ro", "bo", "sa", "nna", "du", "kun", "wale", "tunde", "mide", "kpen", "zuwa", "ka", "bayo"]);

    public static readonly GivenNameParts African = new(
        ["Fa", "Awa", "Ma", "Bi", "Ami", "Ka", "Ndi", "Na", "Aki", "Ase", "Nya", "Ze", "Ha", "Abe", "Ko", "Ya", "Ssa", "Mu", "La", "Se", "Ja", "Tu", "Ke", "Wa", "Ba"],
        ["tou", "ta", "ima", "nata", "dia", "ra", "ssa", "muna", "ye", "wadi", "la", "mbi", "sha", "rie"],
        ["min", "rima", "dou", "ku", "ma", "lieu", "bo", "nga", "mba", "sa", "wame", "kari", "lo", "sou"]);

    public static readonly GivenNameParts Slavic = new(
        ["Ka", "Mal", "Ag", "Bo", "Do", "Iz", "Ja", "Jo", "Ma", "Ta", "Wi", "Zo", "Sta", "Le", "Mi", "Ol", "Ra", "Sve", "Ty", "Ve", "Ly", "Ni", "Pa", "Ste", "Bro"],
        ["sia", "na", "ta", "lina", "ryna", "ka", "nika", "ana", "lena", "wina", "ksana", "dana", "mila", "rta"],
        ["rek", "dan", "sław", "mir", "tek", "dek", "ko", "lij", "tor", "ryk", "mil", "van", "slav", "ris"]);

    public static readonly GivenNameParts Hungarian = new(
        ["Zsó", "Ré", "Er", "Ka", "Ti", "Ildi", "Eme", "Gyö", "Csi", "Bor", "Lász", "Ist", "Mik", "Bá", "Zol", "Szi", "Hen", "Ve", "Do", "Ár"],
        ["fia", "ka", "na", "ke", "ta", "ja", "lia", "ne", "zsa", "nett"],
        ["os", "ó", "mán", "ér", "lós", "ás", "tor", "ges", "el", "pád"]);

    public static readonly GivenNameParts Romance = new(
        ["Flo", "Ana", "Cri", "Ro", "Mi", "Lu", "Da", "Ga", "Ya", "Pao", "Ma", "Ca", "Vio", "Te", "Li", "Do", "Cla", "Ad", "Si", "Ve", "Ni", "Sor", "Lau", "Ra", "Be"],
        ["rela", "ela", "ina", "ana", "ica", "sa", "lina", "ita", "na", "ra", "nela", "dia", "lia", "rina"],
        ["rin", "rel", "el", "an", "ius", "iel", "ero", "ando", "ucu", "ito", "or", "ian", "inel", "uel"]);

    public static readonly GivenNameParts Arabic = new(
        ["Ha", "Sa", "Na", "Ya", "Ra", "Ka", "Za", "La", "Ja", "Fa", "Ba", "Am", "Ay", "Sou", "Ab", "Ta", "Wa", "Mou", "Ili", "Nou"],
        ["dia", "ima", "ra", "na", "ya", "sa", "lia", "ifa", "hra", "mina", "kia", "jida"],
        ["mid", "lid", "san", "ir", "im", "ad", "ouf", "ed", "fiq", "ssan", "hir", "dil"]);

    public static readonly GivenNameParts EastAsian = new(
        ["Thi", "Ngoc", "Thanh", "Kim", "Bich", "Xiao", "Jia", "Li", "Van", "Duc", "Quoc", "Minh", "Hong", "Zhi", "Yu"],
        [" Lan", " Mai", " Hoa", " Thuy", " Nga", " Linh", "na", "ying", "hui", "fen"],
        [" Hung", " Nam", " Long", " Tuan", " Khanh", " Dung", "wei", "jun", "hao", "ming"]);

    /// <summary>A built given name for a woman or a man.</summary>
    public string Build(bool male, Random r)
    {
        var root = Roots[r.Next(Roots.Length)];
        var endings = male ? Male : Female;
        var ending = endings[r.Next(endings.Length)];
        return char.ToLowerInvariant(root[^1]) == ending[0] ? root + ending[1..] : root + ending;
    }
}
