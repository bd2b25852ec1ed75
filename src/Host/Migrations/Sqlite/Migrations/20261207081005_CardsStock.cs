using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CardsStock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cards_Products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NumberLength = table.Column<int>(type: "INTEGER", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    CheckDigit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BalanceCap = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    RealNameThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CompanyCashLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    IndividualCashLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FaceValues = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_Products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cards_NumberRanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberLength = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    LastNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    First = table.Column<long>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_NumberRanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_NumberRanges_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards_StockBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    First = table.Column<long>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_StockBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_StockBlocks_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards_StockMovements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    First = table.Column<long>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    FromPlace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FromOutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromOperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToPlace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToOutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToOperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_StockMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_StockMovements_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards_StockRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Shipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_StockRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_StockRequests_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberRanges_NumberLength_FirstNumber",
                table: "Cards_NumberRanges",
                columns: new[] { "NumberLength", "FirstNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberRanges_ProductId_First",
                table: "Cards_NumberRanges",
                columns: new[] { "ProductId", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Products_Code",
                table: "Cards_Products",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockBlocks_CardId",
                table: "Cards_StockBlocks",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockBlocks_OutletId_Place_ProductId",
                table: "Cards_StockBlocks",
                columns: new[] { "OutletId", "Place", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockBlocks_ProductId_First",
                table: "Cards_StockBlocks",
                columns: new[] { "ProductId", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_FromOutletId_Id",
                table: "Cards_StockMovements",
                columns: new[] { "FromOutletId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_ProductId_First",
                table: "Cards_StockMovements",
                columns: new[] { "ProductId", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_TaskId",
                table: "Cards_StockMovements",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_ToOutletId_Id",
                table: "Cards_StockMovements",
                columns: new[] { "ToOutletId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockRequests_OutletId_Status",
                table: "Cards_StockRequests",
                columns: new[] { "OutletId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockRequests_ProductId",
                table: "Cards_StockRequests",
                column: "ProductId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cards_NumberRanges");

            migrationBuilder.DropTable(
                name: "Cards_StockBlocks");

            migrationBuilder.DropTable(
                name: "Cards_StockMovements");

            migrationBuilder.DropTable(
                name: "Cards_StockRequests");

            migrationBuilder.DropTable(
                name: "Cards_Products");
        }
    }
}
