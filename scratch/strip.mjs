const m = await import('/work/main/src/lib/render-card.ts');
console.log(Object.keys(m));
