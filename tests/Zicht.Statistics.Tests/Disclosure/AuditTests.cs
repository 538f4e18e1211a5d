using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zicht.Statistics.Disclosure;

namespace Zicht.Statistics.Tests.Disclosure;

public sealed class AuditTests
{
    // The network (maximum-flow) audit of two-way tables must give exactly the linear programs' intervals, margins
    // included: both are computed on random tables with random suppression patterns and compared.
    [Property(MaxTest = 150)]
    public Property Network_audit_of_two_way_tables_equals_the_linear_programming_audit(NonEmptyArray<NonNegativeInt> raw, PositiveInt pattern)
    {
        var layout = new TableLayout([3, 4]);
        var interior = Enumerable.Range(0, 12).Select(i => (double)(raw.Get[i % raw.Get.Length].Get % 30)).ToArray();
        var values = layout.WithMargins(interior);
        var suppressed = new HashSet<int>();
        var bits = pattern.Get;
        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            if (((bits >> (cell % 31)) & 1) == 1)
            {
                suppressed.Add(cell);
            }
        }

        if (suppressed.Count == 0)
        {
            return true.ToProperty();
        }

        var network = SuppressionAudit.ComputeTwoWay(layout, values, suppressed);
        var lp = SuppressionAudit.ComputeByLinearProgramming(layout, values, suppressed);
        var same = suppressed.All(c =>
            Math.Abs(network[c].Lower - lp[c].Lower) < 1e-6
            && (double.IsPositiveInfinity(network[c].Upper) ? double.IsPositiveInfinity(lp[c].Upper) : Math.Abs(network[c].Upper - lp[c].Upper) < 1e-6));
        return same.Label($"network {string.Join(";", suppressed.Select(c => network[c]))} lp {string.Join(";", suppressed.Select(c => lp[c]))}");
    }
}
