using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NumberLength = table.Column<int>(type: "integer", nullable: false),
                    Prefix = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    CheckDigit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BalanceCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: true),
                    RealNameThreshold = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CompanyCashLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    IndividualCashLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FaceValues = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_Products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cards_NumberRanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    NumberLength = table.Column<int>(type: "integer", nullable: false),
                    FirstNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    LastNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    First = table.Column<long>(type: "bigint", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    First = table.Column<long>(type: "bigint", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false),
                    Place = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    First = table.Column<long>(type: "bigint", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    FromPlace = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    FromOutletId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromOperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToPlace = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ToOutletId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToOperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Shipped = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
