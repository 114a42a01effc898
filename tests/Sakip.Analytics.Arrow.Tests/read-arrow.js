// Reads an Arrow IPC stream with the apache-arrow package and prints schema and rows as JSON,
// decimals as exact strings (unscaled integer and scale), so the C# test can compare exactly.
const fs = require('fs');
const arrow = require('apache-arrow');

const table = arrow.tableFromIPC(fs.readFileSync(process.argv[2]));
const fields = table.schema.fields.map(f => ({ name: f.name, type: String(f.type), nullable: f.nullable }));
const rows = [];
for (let i = 0; i < table.numRows; i++) {
  const row = {};
  for (const f of table.schema.fields) {
    const value = table.getChild(f.name).get(i);
    if (value === null || value === undefined) {
      row[f.name] = null;
    } else if (arrow.DataType.isDecimal(f.type)) {
      row[f.name] = { unscaled: arrow.util.bigNumToString(value), scale: f.type.scale };
    } else if (typeof value === 'bigint') {
      row[f.name] = value.toString();
    } else {
      row[f.name] = value;
    }
  }
  rows.push(row);
}
process.stdout.write(JSON.stringify({ numRows: table.numRows, fields, rows }));
