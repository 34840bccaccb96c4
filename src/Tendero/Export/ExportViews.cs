namespace Tendero.Export;

/// <summary>
/// Views an export adds for people, beside the tables: <c>conversation_messages</c>, each conversation's messages in
/// order (the conversation's id, then every column of the message), so one filter in a spreadsheet shows a whole
/// conversation. Built from the messages table's columns as the schema has them today.
/// </summary>
public static class ExportViews
{
    public const string ConversationMessages = "conversation_messages";

    public static IEnumerable<TableInfo> For(IReadOnlyList<TableInfo> tables)
    {
        var conversations = tables.FirstOrDefault(t => t.Name == "conversations");
        var messages = tables.FirstOrDefault(t => t.Name == "messages");
        if (conversations is null || messages is null
            || new[] { "business_id", "channel", "address" }.Any(c => conversations.Column(c) is null || messages.Column(c) is null))
        {
            yield break;
        }
        var columns = messages.Columns.Select(c => "m." + TableCatalog.Quote(c.Name));
        var sql = $"""
            SELECT c.id AS conversation_id, {string.Join(", ", columns)}
            FROM conversations c
            JOIN messages m ON m.business_id = c.business_id AND m.channel = c.channel AND m.address = c.address
            """;
        yield return new TableInfo(
            ConversationMessages,
            [new ColumnInfo("conversation_id", ColumnKind.Whole, false, false), .. messages.Columns],
            ["conversation_id", "id"],
            new TableScope(true, null, null)) { FromSql = sql };
    }
}
