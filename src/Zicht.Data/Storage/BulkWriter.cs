using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Zicht.Data.Storage;

/// <summary>
/// Inserts many new entities fast, for seeding and imports: PostgreSQL's binary COPY, and one prepared statement
/// on SQLite. Columns, value converters (encryption included) and parameter types all come from the EF Core
/// model, so the rows are exactly what SaveChanges would write, at many times its speed.
/// Runs inside the context's current transaction, which the caller must have begun.
/// </summary>
public static class BulkWriter
{
    public static async Task InsertAsync<T>(ZichtDbContext db, IEnumerable<T> entities, CancellationToken ct = default) where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction; begin one first.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToArray();
        var qualified = (table.Schema is null ? "" : Quote(table.Schema) + ".") + Quote(table.Name);
        var columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));

        if (transaction.Connection is NpgsqlConnection npgsql)
        {
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {qualified} ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var entity in entities)
            {
                await importer.StartRowAsync(ct);
                foreach (var c in columns)
                {
                    var value = c.ProviderValue(entity);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, c.PostgresType, ct);
                    }
                }
            }

            await importer.CompleteAsync(ct);
            return;
        }

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {qualified} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((c, i) =>
        {
            // The mapping configures the parameter as EF would (for example GUIDs as text on SQLite).
            var p = c.Mapping.CreateParameter(command, "@p" + i, null, nullable: true);
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var entity in entities)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(entity) ?? DBNull.Value;
            }

            // Synchronous on purpose: SQLite has no asynchronous I/O, and the task per row costs more than the insert.
            command.ExecuteNonQuery();
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public string Name { get; } = name;

        public RelationalTypeMapping Mapping { get; } = mapping;

        /// <summary>The store type without facets ("character varying(48)" is written as "character varying").</summary>
        public string PostgresType { get; } = mapping.StoreType.Split('(')[0] + (mapping.StoreType.EndsWith("[]", StringComparison.Ordinal) && mapping.StoreType.Contains('(', StringComparison.Ordinal) ? "[]" : "");

        public object? ProviderValue(object entity)
        {
            var value = _getter.GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
