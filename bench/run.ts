// npm run bench: the speed budgets on the demo data (default), or on a database already filled
// by `npm run seed:national` with BENCH_DATA=national (see README, «Scale and speed»).
if (process.env.BENCH_DATA === 'national') await import('./national/bench');
else await import('./api.bench');

export {};
