namespace Zicht.Linkage.Settings;

/// <summary>Checks settings for consistency and against a file's columns.</summary>
internal static class SettingsValidator
{
    public static void Validate(LinkageSettings settings, IReadOnlyCollection<string> columns)
    {
        if (settings.Comparisons.Count == 0)
        {
            throw new LinkageSettingsException("settings: 'comparisons' is empty; name at least one field to compare.");
        }

        if (settings.Comparisons.Count > 15)
        {
            throw new LinkageSettingsException($"settings: {settings.Comparisons.Count} comparisons; at most 15 are supported.");
        }

        if (settings.Blocking.Count == 0)
        {
            throw new LinkageSettingsException("settings: 'blocking' is empty; without blocking every record would be compared with every other.");
        }

        if (settings.Threshold is <= 0 or > 1 || double.IsNaN(settings.Threshold))
        {
            throw new LinkageSettingsException($"settings: threshold {settings.Threshold} is not a probability in (0, 1].");
        }

        if (settings.MaxBlockSize < 2)
        {
            throw new LinkageSettingsException($"settings: max_block_size {settings.MaxBlockSize} must be at least 2.");
        }

        if (settings.RandomPairs < 1000 || settings.EmPairsPerRule < 1000)
        {
            throw new LinkageSettingsException("settings: random_pairs and em_pairs_per_rule must each be at least 1000.");
        }

        var resolver = new ColumnResolver(columns);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in settings.Comparisons)
        {
            if (string.IsNullOrWhiteSpace(c.Name) || !names.Add(c.Name))
            {
                throw new LinkageSettingsException($"settings: comparison name '{c.Name}' is empty or used twice.");
            }

            if (c.Thresholds is { } t && (t.Count == 0 || t.Any(x => double.IsNaN(x) || x < 0) || t.Zip(t.Skip(1)).Any(p => p.First < p.Second)))
            {
                throw new LinkageSettingsException($"settings: comparison '{c.Name}': thresholds must be non-negative and listed from high to low.");
            }

            if (c.DeferTo is { } deferTo
                && (string.Equals(deferTo, c.Name, StringComparison.OrdinalIgnoreCase)
                    || !settings.Comparisons.Any(o => string.Equals(o.Name, deferTo, StringComparison.OrdinalIgnoreCase))))
            {
                throw new LinkageSettingsException($"settings: comparison '{c.Name}': defer_to '{deferTo}' must name another comparison.");
            }

            if (c.Type != ComparisonType.BirthYear && (c.AgeColumn ?? c.ReferenceColumn) is not null)
            {
                throw new LinkageSettingsException($"settings: comparison '{c.Name}': age_column and reference_column belong to type birth_year.");
            }

            if (c.MarriedName is { } married
                && (c.Type != ComparisonType.Name || string.IsNullOrWhiteSpace(married.Column) || married.Values is not { Count: > 0 } || married.Values.Any(string.IsNullOrWhiteSpace)))
            {
                throw new LinkageSettingsException(
                    $"settings: comparison '{c.Name}': married_name belongs to type name and needs a column and at least one non-empty value (such as \"female\").");
            }

            if (c.ReferenceColumn is not null && c.AgeColumn is null)
            {
                throw new LinkageSettingsException($"settings: comparison '{c.Name}': reference_column needs an age_column.");
            }

            resolver.Comparison(c);
        }

        for (var i = 0; i < settings.Blocking.Count; i++)
        {
            var rule = settings.Blocking[i];
            if (rule.Keys is null || rule.Keys.Count == 0)
            {
                throw new LinkageSettingsException($"settings: blocking rule {i + 1} has no keys.");
            }

            if (rule.MaxBlockSize is < 2)
            {
                throw new LinkageSettingsException($"settings: blocking rule {i + 1}: max_block_size {rule.MaxBlockSize} must be at least 2.");
            }

            foreach (var key in rule.Keys)
            {
                if (key.Transform == BlockingTransform.Lsh && key.Bits is < 1 or > 64)
                {
                    throw new LinkageSettingsException($"settings: blocking rule {i + 1}: lsh bits must be between 1 and 64.");
                }

                resolver.Key(key, settings.Comparisons, i + 1);
            }
        }
    }
}
