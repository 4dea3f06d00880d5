declare module 'virtual:seed-knowledge' {
  const knowledge: import('./lib/knowledge/schema').KnowledgeBase;
  export default knowledge;
}
