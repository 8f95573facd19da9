// A Vue 3 app with a screener. The elements are registered once (`attune-screeners/define`); Vue sets
// their properties and listens to their events directly. `onAttuneComplete` listens for
// `attune-complete`; the handler's type comes from the HTMLElementEventMap the package declares.
import { createApp, defineComponent, h, ref } from 'vue';
import 'attune-screeners/define';
import type { Result } from 'attune-screeners';

const IntakePage = defineComponent({
  setup() {
    const result = ref<Result>();
    const onComplete = (event: HTMLElementEventMap['attune-complete']) => {
      result.value = event.detail.result;
      // send event.detail to the practice's own endpoint here
    };
    return () =>
      h('main', [
        h('h1', 'Before your first session'),
        h('attune-screener', { instrument: 'pc-ptsd-5', results: 'summary', onAttuneComplete: onComplete }),
        result.value && h('p', ['Received ', result.value.instrument.id, ': total ', h('output', { id: 'total' }, String(result.value.scales['total']))]),
      ]);
  },
});

const app = createApp(IntakePage);
// only needed for in-DOM or SFC templates: tell Vue's compiler that attune-* are custom elements
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('attune-');
app.mount('#app');
