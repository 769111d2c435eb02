/** @vitest-environment happy-dom */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyModule } from '../../components/useModule';

afterEach(cleanup);

function Part({ use, wanted = true }: { use: ReturnType<typeof lazyModule<{ text: string }>>; wanted?: boolean }) {
  const m = use(wanted);
  return <p data-testid="part">{m === 'failed' ? 'failed' : m ? m.text : 'waiting'}</p>;
}

describe('lazyModule', () => {
  it('shows the module once it has loaded', async () => {
    const use = lazyModule(async () => ({ text: 'loaded' }));
    render(<Part use={use} />);
    await waitFor(() => expect(screen.getByTestId('part').textContent).toBe('loaded'));
  });

  it('says the module failed instead of waiting for ever', async () => {
    const use = lazyModule<{ text: string }>(() => Promise.reject(new Error('chunk missing')));
    render(<Part use={use} />);
    expect(screen.getByTestId('part').textContent).toBe('waiting');
    await waitFor(() => expect(screen.getByTestId('part').textContent).toBe('failed'));
  });

  it('a failed preload is reported once the part is wanted, and not before', async () => {
    const use = lazyModule<{ text: string }>(() => Promise.reject(new Error('chunk missing')));
    use.preload();
    await new Promise((r) => setTimeout(r, 0));
    const { rerender } = render(<Part use={use} wanted={false} />);
    expect(screen.getByTestId('part').textContent).toBe('waiting');
    rerender(<Part use={use} wanted />);
    expect(screen.getByTestId('part').textContent).toBe('failed');
  });
});
