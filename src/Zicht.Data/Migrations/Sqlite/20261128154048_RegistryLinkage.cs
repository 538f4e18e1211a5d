using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryLinkage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "MergedIntoId",
                table: "Persons",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LinkReviews",
                columns: table => new
                {
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignalId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignalPersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CandidatePersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Probability = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkReviews_Persons_CandidatePersonId",
                        column: x => x.CandidatePersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LinkReviews_Persons_SignalPersonId",
                        column: x => x.SignalPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LinkReviews_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                columns: table => new
                {
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    KeptPersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AbsorbedPersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RepointedPersonIds = table.Column<string>(type: "TEXT", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MergedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UndoneAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonMerges_Persons_AbsorbedPersonId",
                        column: x => x.AbsorbedPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonMerges_Persons_KeptPersonId",
                        column: x => x.KeptPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonSplits",
                columns: table => new
                {
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FromPersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    NewPersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignalIds = table.Column<string>(type: "TEXT", nullable: false),
                    SplitBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SplitAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonSplits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonSplits_Persons_FromPersonId",
                        column: x => x.FromPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonSplits_Persons_NewPersonId",
                        column: x => x.NewPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_MergedIntoId",
                table: "Persons",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkReviews_CandidatePersonId",
                table: "LinkReviews",
                column: "CandidatePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkReviews_SignalId",
                table: "LinkReviews",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkReviews_SignalPersonId",
                table: "LinkReviews",
                column: "SignalPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkReviews_Status",
                table: "LinkReviews",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_AbsorbedPersonId",
                table: "PersonMerges",
                column: "AbsorbedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_KeptPersonId",
                table: "PersonMerges",
                column: "KeptPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonSplits_FromPersonId",
                table: "PersonSplits",
                column: "FromPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonSplits_NewPersonId",
                table: "PersonSplits",
                column: "NewPersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Persons_Persons_MergedIntoId",
                table: "Persons",
                column: "MergedIntoId",
                principalTable: "Persons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Persons_Persons_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropTable(
                name: "LinkReviews");

            migrationBuilder.DropTable(
                name: "PersonMerges");

            migrationBuilder.DropTable(
                name: "PersonSplits");

            migrationBuilder.DropIndex(
                name: "IX_Persons_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Persons");
        }
    }
}
