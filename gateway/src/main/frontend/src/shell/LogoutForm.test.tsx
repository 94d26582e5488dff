import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogoutForm } from './LogoutForm';

describe('logout form', () => {
  it('posts the CSRF token from the XSRF-TOKEN cookie as it is at submit time', () => {
    render(<LogoutForm />);
    document.cookie = 'XSRF-TOKEN=token-renewed-after-render; path=/';
    const form = screen.getByRole('button', { name: 'Afmelden' }).closest('form')!;
    // jsdom does not navigate; the submit handler runs and the hidden field holds the token.
    form.addEventListener('submit', (event) => event.preventDefault());
    fireEvent.submit(form);
    expect((form.elements.namedItem('_csrf') as HTMLInputElement).value).toBe('token-renewed-after-render');
  });
});
