using Admin.Kernel.Audit;

namespace Admin.Modules.Cards;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class CardsAuditActions : ModuleAuditActions
{
    protected override string? Module => CardsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Product.Create", "Card product created", "新建卡产品"),
        ("Product.Update", "Card product changed", "修改卡产品"),
        ("Range.Register", "Card number range registered", "登记卡号段"),
        ("Request.Create", "Card stock requested", "申领卡片"),
        ("Stock.Receive", "Card stock received", "卡片入库"),
        ("Stock.Ship", "Card stock shipped", "卡片调拨出库"),
        ("Stock.Return", "Card stock returned", "卡片退库"),
        ("Stock.Exchange", "Cards exchanged", "换卡"),
        ("Stock.Scrap", "Cards scrapped", "卡片报废"),
        ("Stock.Take", "Card stock taken", "卡片盘点"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("CardProduct", "卡产品"),
        ("NumberRange", "卡号段"),
        ("StockRequest", "申领单"),
        ("StockTask", "库存业务"),
    ];
}
