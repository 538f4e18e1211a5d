using System.Globalization;
using Zicht.Domain.CodeLists;
using Zicht.Domain.Organisations;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Domain.Tests;

public sealed class CodeListTests
{
    public static TheoryData<Type> LabelledEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var t in typeof(CodeList).Assembly.GetTypes().Where(t => t.IsEnum && t.GetFields().Any(f => f.IsDefined(typeof(LabelAttribute), false))))
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabelledEnums))]
    public void Every_code_has_a_Dutch_and_an_English_label(Type codeList)
    {
        var items = CodeList.All(codeList);
        Assert.Equal(Enum.GetValues(codeList).Length, items.Count);
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Dutch) || string.IsNullOrWhiteSpace(i.English), i.Code));
        Assert.Equal(items.Count, items.Select(i => i.Dutch).Distinct().Count());
    }

    [Fact]
    public void The_domain_has_its_code_lists()
    {
        Assert.True(LabelledEnums().Count >= 20);
    }

    [Fact]
    public void Labels_follow_the_culture_and_codes_parse_from_labels()
    {
        Assert.Equal("Arbeidsuitbuiting", CodeList.Label(ExploitationForm.Labour, CultureInfo.GetCultureInfo("nl-NL")));
        Assert.Equal("Labour exploitation", CodeList.Label(ExploitationForm.Labour, CultureInfo.GetCultureInfo("en-GB")));
        Assert.True(CodeList.TryParse<HelpType>("jeugdhulp", out var youth));
        Assert.Equal(HelpType.YouthCare, youth);
        Assert.False(CodeList.TryParse<HelpType>("nothing like it", out _));
    }

    [Fact]
    public void Only_police_border_police_and_labour_inspectorate_may_pass_data_on_without_consent()
    {
        var without = Enum.GetValues<OrganisationType>().Where(t => !t.RequiresConsent()).Order().ToArray();
        Assert.Equal([OrganisationType.Police, OrganisationType.BorderPolice, OrganisationType.LabourInspectorate], without);
    }

    [Fact]
    public void Every_organisation_type_maps_to_an_HTCDS_type()
    {
        Assert.All(Enum.GetValues<OrganisationType>(), t => Assert.True(Enum.IsDefined(t.ToHtcds())));
        Assert.Equal(HtcdsOrganisationType.LawEnforcement, OrganisationType.BorderPolice.ToHtcds());
        Assert.Equal(HtcdsOrganisationType.LocalGovernmentOrganisation, OrganisationType.Municipality.ToHtcds());
    }

    [Fact]
    public void Indicators_come_from_the_ILO_list_and_the_HTCDS_methods_of_control()
    {
        Assert.Equal(11, Enum.GetValues<Indicator>().Count(i => i.Source() == IndicatorSource.IloForcedLabour));
        Assert.Equal("DebtBondage", Indicator.DebtBondage.ToHtcds());
        Assert.Equal("WithholdsDocuments", Indicator.RetentionOfIdentityDocuments.ToHtcds());
    }

    [Fact]
    public void Vulnerabilities_are_grouped_by_level()
    {
        Assert.Equal(VulnerabilityLevel.Individual, Vulnerability.Minor.Level());
        Assert.Equal(VulnerabilityLevel.Household, Vulnerability.Debts.Level());
        Assert.Equal(VulnerabilityLevel.Community, Vulnerability.IrregularResidence.Level());
    }
}
